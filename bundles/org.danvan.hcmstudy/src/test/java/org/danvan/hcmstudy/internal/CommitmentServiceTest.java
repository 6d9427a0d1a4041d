package org.danvan.hcmstudy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.danvan.hcmstudy.api.Classification;
import org.danvan.hcmstudy.api.Commitment;
import org.danvan.hcmstudy.api.CommitmentDraft;
import org.danvan.hcmstudy.api.CommitmentService;
import org.danvan.hcmstudy.api.Member;
import org.danvan.hcmstudy.api.PendingPerson;
import org.danvan.hcmstudy.api.ReviewStage;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.junit.jupiter.api.Test;

/** Registration, the review cycle on the rule's months, the head's classification and the reminders. */
@OnEveryDatabase
class CommitmentServiceTest extends StudyFixture {

    private CommitmentService commitments() {
        return services.commitments();
    }

    @Test
    void theBehavioursComeFromTheDataFileWithTheMassMobilisationFive() {
        assertEquals(12, commitments().behaviours().size());
        assertEquals(5, commitments().behaviours().stream().filter(b -> b.group().equals("mass")).count());
        assertTrue(commitments().behaviours().stream().filter(b -> b.group().equals("leader"))
                .noneMatch(b -> b.appliesTo(false)));
    }

    @Test
    void aMemberRegistersReviewsAndTheHeadClassifies() {
        Member an = member("Nguyễn Văn An", "an");
        Member binh = member("Trần Thị Bình", "binh");
        assertEquals(List.of(an.id()), commitments().myMemberships(AN).stream().map(Member::id).toList());

        ValidationException empty = assertThrows(ValidationException.class, () -> commitments().register(
                new CommitmentDraft(an.id(), 2026, List.of(), null), AN));
        assertEquals(CommitmentService.BEHAVIOURS_REQUIRED, empty.violations().get(0).messageKey());
        ValidationException unknown = assertThrows(ValidationException.class, () -> commitments().register(
                new CommitmentDraft(an.id(), 2026, List.of("flying"), null), AN));
        assertEquals(CommitmentService.BEHAVIOUR_UNKNOWN, unknown.violations().get(0).messageKey());
        // An may not register for Bình, who has an account of her own
        assertThrows(AccessDeniedException.class, () -> commitments().register(new CommitmentDraft(binh.id(), 2026,
                List.of("integrity"), null), AN));

        Commitment mine = commitments().register(new CommitmentDraft(an.id(), 2026, List.of("mass.close",
                "mass.respect", "service"), "Giải quyết hồ sơ đúng hạn"), AN);
        assertEquals(List.of("mass.close", "mass.respect", "service"), mine.behaviours());
        assertEquals(day("2026-03-02"), mine.registeredOn());
        assertThrows(ValidationException.class, () -> commitments().register(new CommitmentDraft(an.id(), 2026,
                List.of("integrity"), null), AN), "once a year");

        // the mid-year review opens after 6 months (rule hcmstudy.review.midyear): not on 30 June
        clock.setDay(day("2026-06-30"));
        ValidationException early = assertThrows(ValidationException.class, () -> commitments().review(mine.id(),
                mine.version(), ReviewStage.MID_YEAR, "Đã làm", AN));
        assertEquals(Violation.of("review", CommitmentService.REVIEW_NOT_YET, "01/07/2026"),
                early.violations().get(0));
        clock.setDay(day("2026-07-01"));
        Commitment mid = commitments().review(mine.id(), mine.version(), ReviewStage.MID_YEAR,
                "Sáu tháng: 40 hồ sơ đúng hạn", AN);
        assertEquals(day("2026-07-01"), mid.midYearOn());
        // the head cannot classify before the year-end review
        ValidationException beforeEnd = assertThrows(ValidationException.class, () -> commitments().assess(
                mid.id(), mid.version(), Classification.GOOD, null, CHAIR));
        assertEquals(CommitmentService.ASSESS_BEFORE_REVIEW, beforeEnd.violations().get(0).messageKey());

        clock.setDay(day("2026-12-01"));
        Commitment end = commitments().review(mid.id(), mid.version(), ReviewStage.YEAR_END, "Cả năm: 95 hồ sơ", AN);
        assertThrows(AccessDeniedException.class, () -> commitments().assess(end.id(), end.version(),
                Classification.EXCELLENT, null, AN), "a member does not classify themself");
        assertThrows(AccessDeniedException.class, () -> commitments().assess(end.id(), end.version(),
                Classification.EXCELLENT, null, KEEPER), "keeping the list is not heading the unit");
        ValidationException none = assertThrows(ValidationException.class, () -> commitments().assess(end.id(),
                end.version(), null, null, CHAIR));
        assertEquals("classification", none.violations().get(0).field());
        Commitment assessed = commitments().assess(end.id(), end.version(), Classification.GOOD,
                "Gần dân, giải quyết đúng hạn", CHAIR);
        assertEquals(Classification.GOOD, assessed.classification());
        assertThrows(ValidationException.class, () -> commitments().review(assessed.id(), assessed.version(),
                ReviewStage.YEAR_END, "Sửa", AN), "closed once assessed");

        // An's own history over the years; the other commune sees nothing
        assertEquals(List.of(2026), commitments().myHistory(AN).stream().map(Commitment::year).toList());
        assertTrue(commitments().ofUnit(FakeUnits.TIEN_DU, 2026, LIM_CHAIR).isEmpty());
        assertEquals(1, commitments().ofUnit(FakeUnits.TIEN_DU, 2026, OVERSEER).size());
        assertTrue(commitments().find(mine.id(), AN).isPresent());
        assertTrue(commitments().find(mine.id(), LIM_CHAIR).isEmpty());
        assertEquals(List.of("hcmstudy.member.added", "hcmstudy.member.added", "hcmstudy.commitment.registered",
                "hcmstudy.commitment.reviewed", "hcmstudy.commitment.reviewed", "hcmstudy.commitment.assessed"),
                audit.actions());
    }

    @Test
    void theRemindersListWhoHasNotRegisteredOrReviewed() {
        Member an = member("Nguyễn Văn An", "an");
        Member binh = member("Trần Thị Bình", null);
        assertEquals(List.of("REGISTRATION", "REGISTRATION"), commitments().pending(FakeUnits.TIEN_DU, 2026, CHAIR)
                .stream().map(PendingPerson::missing).toList());
        assertEquals(List.of("REGISTRATION"), commitments().myPending(AN).stream().map(PendingPerson::missing)
                .toList());
        commitments().register(new CommitmentDraft(an.id(), 2026, List.of("integrity"), null), AN);
        // a keeper registers for Bình, who has no account
        Commitment binhs = commitments().register(new CommitmentDraft(binh.id(), 2026, List.of("thrift"), null),
                KEEPER);
        assertTrue(commitments().pending(FakeUnits.TIEN_DU, 2026, CHAIR).isEmpty(), "nothing due in March");
        assertTrue(commitments().myPending(AN).isEmpty());

        clock.setDay(day("2026-07-15"));
        commitments().review(binhs.id(), binhs.version(), ReviewStage.MID_YEAR, "Tiết kiệm điện, văn phòng phẩm",
                KEEPER);
        List<PendingPerson> july = commitments().pending(FakeUnits.TIEN_DU, 2026, CHAIR);
        assertEquals(1, july.size());
        assertEquals("Nguyễn Văn An", july.get(0).memberName());
        assertEquals("MID_YEAR", july.get(0).missing());
        assertEquals(List.of("MID_YEAR"), commitments().myPending(AN).stream().map(PendingPerson::missing).toList());

        clock.setDay(day("2026-12-02"));
        assertEquals(List.of("MID_YEAR", "YEAR_END"), commitments().pending(FakeUnits.TIEN_DU, 2026, CHAIR).stream()
                .map(PendingPerson::missing).toList());
        assertTrue(commitments().pending(FakeUnits.TIEN_DU, 2026, LIM_CHAIR).isEmpty());
        assertEquals("an", commitments().pending(FakeUnits.TIEN_DU, 2026, OVERSEER).get(0).login());
    }
}
