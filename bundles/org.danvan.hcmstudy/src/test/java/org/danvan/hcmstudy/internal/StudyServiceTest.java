package org.danvan.hcmstudy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.danvan.hcmstudy.api.AttendanceMark;
import org.danvan.hcmstudy.api.Member;
import org.danvan.hcmstudy.api.Programme;
import org.danvan.hcmstudy.api.ProgrammeDraft;
import org.danvan.hcmstudy.api.SessionDraft;
import org.danvan.hcmstudy.api.StudyService;
import org.danvan.hcmstudy.api.StudySession;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** Programmes, member lists, sessions with attendance and make-up sessions, on H2 and MariaDB. */
@OnEveryDatabase
class StudyServiceTest extends StudyFixture {

    @Test
    void aProgrammeIsValidatedAndOnePerUnitAndYear() {
        ValidationException bad = assertThrows(ValidationException.class, () -> services.study().createProgramme(
                new ProgrammeDraft(FakeUnits.TIEN_DU, 2015, " ", null, List.of()), KEEPER));
        assertEquals(List.of("year", "theme", "keyContents"), bad.violations().stream().map(Violation::field)
                .toList());
        Programme saved = programme(FakeUnits.TIEN_DU, KEEPER);
        assertEquals(List.of("Chỉ thị 05-CT/TW", "https://example.vn/chuyen-de-2026.pdf"), saved.materials());
        assertEquals("Xã Tiên Du", saved.unitName());
        ValidationException twice = assertThrows(ValidationException.class, () -> programme(FakeUnits.TIEN_DU,
                KEEPER));
        assertEquals(ProgrammeDraft.DUPLICATE, twice.violations().get(0).messageKey());
        assertThrows(AccessDeniedException.class, () -> programme(FakeUnits.TIEN_DU, AN));
        assertThrows(AccessDeniedException.class, () -> programme(FakeUnits.TIEN_DU, LIM_CHAIR));
        assertEquals(List.of("hcmstudy.programme.created"), audit.actions());
        // the overseer of the province reads it; the other commune does not
        assertEquals(1, services.study().programmes(OVERSEER, 2026).size());
        assertTrue(services.study().programmes(LIM_CHAIR, 2026).isEmpty());
        Programme changed = services.study().updateProgramme(saved.id(), saved.version(), new ProgrammeDraft(
                FakeUnits.TIEN_DU, 2026, "Chuyên đề mới", "Nội dung", List.of()), KEEPER);
        assertEquals("Chuyên đề mới", changed.theme());
        assertThrows(OptimisticLockException.class, () -> services.study().updateProgramme(saved.id(),
                saved.version(), new ProgrammeDraft(FakeUnits.TIEN_DU, 2026, "Lại", "Lại", List.of()), KEEPER));
    }

    @Test
    void attendanceIsTakenAgainstTheListAndAbsencesNeedAReason() {
        Programme programme = programme(FakeUnits.TIEN_DU, KEEPER);
        Member an = member("Nguyễn Văn An", "an");
        Member binh = member("Trần Thị Bình", null);
        Member cuong = member("Lê Văn Cường", null);
        StudySession planned = services.study().planSession(new SessionDraft(programme.id(), day("2026-03-10"),
                "Chuyên đề năm 2026", "Bí thư Đảng ủy", null), KEEPER);
        ValidationException outOfYear = assertThrows(ValidationException.class, () -> services.study().planSession(
                new SessionDraft(programme.id(), day("2027-01-05"), "X", "Y", null), KEEPER));
        assertEquals(SessionDraft.DAY_IN_YEAR, outOfYear.violations().get(0).messageKey());

        clock.setDay(day("2026-03-10"));
        // Bình is absent without a reason and Cường has no mark at all: both refused, named (in the list's order)
        ValidationException noReason = assertThrows(ValidationException.class, () -> services.study().holdSession(
                planned.id(), planned.version(), day("2026-03-10"), List.of(new AttendanceMark(an.id(), true, null),
                        new AttendanceMark(binh.id(), false, " ")), KEEPER));
        assertEquals(List.of(Violation.of("attendance", StudyService.REASON_REQUIRED, "Lê Văn Cường", 500),
                Violation.of("attendance", StudyService.REASON_REQUIRED, "Trần Thị Bình", 500)),
                noReason.violations());
        ValidationException tomorrow = assertThrows(ValidationException.class, () -> services.study().holdSession(
                planned.id(), planned.version(), day("2026-03-11"), List.of(), KEEPER));
        assertEquals(StudyService.HELD_DAY, tomorrow.violations().get(0).messageKey());

        StudySession held = services.study().holdSession(planned.id(), planned.version(), day("2026-03-10"),
                List.of(new AttendanceMark(an.id(), true, null), new AttendanceMark(binh.id(), false, "Ốm"),
                        new AttendanceMark(cuong.id(), false, "Đi công tác")), KEEPER);
        assertEquals(1, held.present());
        assertEquals(3, held.attendance().size());
        assertEquals("Ốm", held.attendance().stream().filter(a -> a.memberId() == binh.id()).findFirst()
                .orElseThrow().absenceReason());
        assertThrows(ValidationException.class, () -> services.study().holdSession(held.id(), held.version(),
                day("2026-03-10"), List.of(), KEEPER), "held once");
        assertEquals(List.of("Lê Văn Cường", "Trần Thị Bình"), services.study().needingMakeUp(held.id(), CHAIR)
                .stream().map(Member::name).toList());

        // a make-up session lists only those who still need it; Bình comes, Cường is still missing
        StudySession makeUp = services.study().planSession(new SessionDraft(programme.id(), day("2026-03-17"),
                "Học bù chuyên đề năm 2026", "Bí thư Đảng ủy", held.id()), KEEPER);
        assertThrows(ValidationException.class, () -> services.study().planSession(new SessionDraft(programme.id(),
                day("2026-03-09"), "Học bù", "X", held.id()), KEEPER), "a make-up comes after the session");
        clock.setDay(day("2026-03-17"));
        ValidationException anNotExpected = assertThrows(ValidationException.class, () -> services.study()
                .holdSession(makeUp.id(), makeUp.version(), day("2026-03-17"), List.of(new AttendanceMark(an.id(),
                        true, null), new AttendanceMark(binh.id(), true, null), new AttendanceMark(cuong.id(),
                                false, "Nghỉ phép")), KEEPER));
        assertEquals(StudyService.NOT_A_MEMBER, anNotExpected.violations().get(0).messageKey());
        StudySession madeUp = services.study().holdSession(makeUp.id(), makeUp.version(), day("2026-03-17"),
                List.of(new AttendanceMark(binh.id(), true, null), new AttendanceMark(cuong.id(), false,
                        "Nghỉ phép")), KEEPER);
        assertEquals(2, madeUp.attendance().size());
        assertEquals(List.of("Lê Văn Cường"), services.study().needingMakeUp(held.id(), CHAIR).stream()
                .map(Member::name).toList());
        assertEquals(2, services.study().sessions(programme.id(), OVERSEER).size());
        assertTrue(services.study().sessions(programme.id(), LIM_CHAIR).isEmpty());
    }

    @Test
    void aChangeWhoseAuditEntryFailsIsRolledBack() {
        audit.failing(true);
        assertThrows(RuntimeException.class, () -> programme(FakeUnits.TIEN_DU, KEEPER));
        audit.failing(false);
        assertTrue(services.study().programme(FakeUnits.TIEN_DU, 2026, CHAIR).isEmpty());
    }

    @Test
    void aPersonTakenOffTheListIsNoLongerExpected() {
        Member an = member("Nguyễn Văn An", "an");
        ValidationException taken = assertThrows(ValidationException.class, () -> member("An khác", "an"));
        assertEquals("login", taken.violations().get(0).field());
        services.study().removeMember(an.id(), an.version(), KEEPER);
        assertTrue(services.study().members(FakeUnits.TIEN_DU, CHAIR).isEmpty());
        assertEquals(List.of("hcmstudy.member.added", "hcmstudy.member.removed"), audit.actions());
    }
}
