package org.danvan.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.danvan.supervision.api.HalfYearSummary;
import org.danvan.supervision.api.Recommendation;
import org.danvan.supervision.api.RecommendationService;
import org.danvan.supervision.api.RecommendationState;
import org.danvan.supervision.api.SupervisionProgramme;
import org.danvan.supervision.api.SupervisionReports;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** Recommendations: issued after the round, owed and answered by the unit, followed up and closed; the summary. */
@OnEveryDatabase
class RecommendationFlowTest extends SupervisionFixture {

    @Test
    void aRecommendationIsOwedAnsweredFollowedUpAndClosed() {
        SupervisionProgramme planned = services.programmes().create(draft(day("2026-03-20")), FRONT);
        ValidationException tooEarly = assertThrows(ValidationException.class, () -> services.recommendations()
                .issue(planned.id(), FakeUnits.TIEN_DU, "Giải quyết dứt điểm đơn quá hạn", FRONT));
        assertEquals(RecommendationService.NOT_HELD, tooEarly.violations().get(0).messageKey());
        SupervisionProgramme held = services.programmes().create(draft(day("2026-03-20")), FRONT);
        held = services.programmes().sendPlan(held.id(), held.version(), day("2026-03-02"), FRONT);
        clock.setDay(day("2026-03-20"));
        held = services.programmes().holdRound(held.id(), held.version(), day("2026-03-20"), "Còn 3 đơn quá hạn",
                FRONT);

        clock.setDay(day("2026-03-23"));
        long programmeId = held.id();
        ValidationException noAddressee = assertThrows(ValidationException.class, () -> services.recommendations()
                .issue(programmeId, null, "", FRONT));
        assertEquals(List.of("content", "addresseeUnitId"), noAddressee.violations().stream().map(v -> v.field())
                .toList());
        Recommendation issued = services.recommendations().issue(programmeId, FakeUnits.TIEN_DU,
                "Giải quyết dứt điểm 3 đơn quá hạn trong tháng 4", FRONT);
        // 30 days (the configurable row) from Monday 23 March: Wednesday 22 April
        assertEquals(day("2026-04-22"), issued.answerDueOn());
        assertEquals(RecommendationState.NOT_YET, issued.state());

        // the commune owes it; Xã Lim does not
        assertEquals(List.of(issued.id()), services.recommendations().owedBy(CHAIR).stream().map(Recommendation::id)
                .toList());
        assertTrue(services.recommendations().owedBy(LIM_CHAIR).isEmpty());
        assertTrue(services.recommendations().owedBy(FRONT).isEmpty(), "the Front answers nothing");
        assertThrows(AccessDeniedException.class, () -> services.recommendations().answer(issued.id(),
                issued.version(), RecommendationState.ANSWERED, "Đã giải quyết", day("2026-03-23"), LIM_CHAIR));
        assertThrows(AccessDeniedException.class, () -> services.recommendations().answer(issued.id(),
                issued.version(), RecommendationState.ANSWERED, "Đã giải quyết", day("2026-03-23"), FRONT));
        ValidationException badAnswer = assertThrows(ValidationException.class, () -> services.recommendations()
                .answer(issued.id(), issued.version(), RecommendationState.CLOSED, " ", day("2026-03-24"), CHAIR));
        assertEquals(List.of("state", "answer", "answeredOn"), badAnswer.violations().stream().map(v -> v.field())
                .toList());
        ValidationException closeUnanswered = assertThrows(ValidationException.class, () -> services
                .recommendations().close(issued.id(), issued.version(), "Khép lại", FRONT));
        assertEquals(RecommendationService.NOT_ANSWERED, closeUnanswered.violations().get(0).messageKey());

        clock.setDay(day("2026-04-24"));
        assertTrue(services.recommendations().owedBy(CHAIR).get(0).overdue(day("2026-04-24")));
        Recommendation partly = services.recommendations().answer(issued.id(), issued.version(),
                RecommendationState.PARTLY, "Đã giải quyết 2 đơn, 1 đơn đang xác minh", day("2026-04-20"), CHAIR);
        assertTrue(partly.answeredOnTime());
        assertFalse(partly.overdue(day("2026-04-24")));
        assertThrows(OptimisticLockException.class, () -> services.recommendations().followUp(issued.id(),
                issued.version(), "Đề nghị báo cáo đơn còn lại", FRONT));
        Recommendation followed = services.recommendations().followUp(issued.id(), partly.version(),
                "Đề nghị báo cáo kết quả đơn còn lại trước 15/5", FRONT);
        assertEquals(1, followed.followUps().size());
        assertTrue(followed.version() > partly.version(), "a note moves the version");
        Recommendation answered = services.recommendations().answer(issued.id(), followed.version(),
                RecommendationState.ANSWERED, "Đã giải quyết cả 3 đơn", day("2026-04-24"), CHAIR);
        assertFalse(answered.answeredOnTime(), "the full answer came after 22 April");
        Recommendation closed = services.recommendations().close(issued.id(), answered.version(),
                "Kiến nghị đã được thực hiện", FRONT);
        assertEquals(RecommendationState.CLOSED, closed.state());
        assertEquals(day("2026-04-24"), closed.closedOn());
        assertTrue(services.recommendations().owedBy(CHAIR).isEmpty(), "closed: no longer owed");
        ValidationException afterClose = assertThrows(ValidationException.class, () -> services.recommendations()
                .answer(issued.id(), closed.version(), RecommendationState.ANSWERED, "Bổ sung", day("2026-04-24"),
                        CHAIR));
        assertEquals(RecommendationService.CLOSED, afterClose.violations().get(0).messageKey());
        assertEquals(List.of("supervision.recommendation.issued", "supervision.recommendation.answered",
                "supervision.recommendation.followed-up", "supervision.recommendation.answered",
                "supervision.recommendation.closed"), audit.actions().stream()
                        .filter(a -> a.startsWith("supervision.recommendation")).toList());
    }

    @Test
    void theHalfYearSummaryCountsAndTheEvidenceTellsAnswersOnTime() {
        SupervisionProgramme held = held();
        clock.setDay(day("2026-03-23"));
        Recommendation one = services.recommendations().issue(held.id(), FakeUnits.TIEN_DU, "Kiến nghị thứ nhất",
                FRONT);
        services.recommendations().issue(held.id(), FakeUnits.VILLAGE, "Kiến nghị với thôn Đông", FRONT);
        clock.setDay(day("2026-03-30"));
        services.recommendations().answer(one.id(), one.version(), RecommendationState.ANSWERED, "Đã thực hiện",
                day("2026-03-30"), CHAIR);
        clock.setDay(day("2026-05-04"));

        HalfYearSummary summary = services.reports().halfYear(FakeUnits.TIEN_DU, 2026, 1, OVERSEER);
        assertEquals(1, summary.programmes().size());
        assertEquals(1, summary.held());
        assertEquals(0, summary.reported());
        assertEquals(1, summary.reportsLate(), "due 6 April, not reported on 4 May");
        assertEquals(2, summary.recommendations().size());
        assertEquals(1, summary.inState(RecommendationState.ANSWERED));
        assertEquals(1, summary.inState(RecommendationState.NOT_YET));
        assertEquals(1, summary.overdue(), "the village's is past 22 April");
        assertEquals(1, summary.answeredOnTime());
        assertTrue(services.reports().halfYear(FakeUnits.TIEN_DU, 2026, 2, OVERSEER).recommendations().isEmpty());
        assertTrue(services.reports().halfYear(FakeUnits.PROVINCE, 2026, 1, LIM_CHAIR).programmes().isEmpty());
        ValidationException half = assertThrows(ValidationException.class, () -> services.reports().halfYear(
                FakeUnits.TIEN_DU, 2026, 3, OVERSEER));
        assertEquals(SupervisionReports.HALF_RANGE, half.violations().get(0).messageKey());

        List<Evidence> evidence = services.evidence().evidence(new EvidenceQuery(FakeUnits.TIEN_DU, null,
                day("2026-01-01"), day("2026-12-31"), Set.of(), OVERSEER));
        assertEquals(1, evidence.size());
        assertEquals(0, evidence.get(0).value().compareTo(BigDecimal.ONE));
        assertEquals(0, evidence.get(0).target().compareTo(BigDecimal.valueOf(2)));
        assertTrue(services.evidence().evidence(new EvidenceQuery(FakeUnits.TIEN_DU, null, day("2026-01-01"),
                day("2026-12-31"), Set.of(), LIM_CHAIR)).isEmpty(), "outside the asker's scope");
    }
}
