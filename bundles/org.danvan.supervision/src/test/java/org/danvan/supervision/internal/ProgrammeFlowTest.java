package org.danvan.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.danvan.supervision.api.ProgrammeDraft;
import org.danvan.supervision.api.ProgrammeState;
import org.danvan.supervision.api.SubjectKind;
import org.danvan.supervision.api.SupervisionForm;
import org.danvan.supervision.api.SupervisionProgramme;
import org.danvan.supervision.api.SupervisionService;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** A programme's steps and its two clocks, on the working-day calendar and the module's rule rows. */
@OnEveryDatabase
class ProgrammeFlowTest extends SupervisionFixture {

    @Test
    void thePlanIsDueFifteenDaysBeforeTheRoundOnAWorkingDay() {
        SupervisionProgramme friday = services.programmes().create(draft(day("2026-03-20")), FRONT);
        // 15 days counted back from Friday 20 March, the round's day not counted: Thursday 5 March
        assertEquals(day("2026-03-05"), friday.planDueBy());
        assertTrue(friday.planRuleCitation().contains("403/2017"), friday.planRuleCitation());
        assertEquals(ProgrammeState.PLANNED, friday.state());
        // from Monday 30 March, 15 days back is Sunday 15 March: the last day on time is Friday 13 March
        SupervisionProgramme monday = services.programmes().create(draft(day("2026-03-30")), FRONT);
        assertEquals(day("2026-03-13"), monday.planDueBy());

        // moving the round moves the clock, while the plan is not sent
        SupervisionProgramme moved = services.programmes().update(monday.id(), monday.version(),
                draft(day("2026-04-10")), FRONT);
        assertEquals(day("2026-03-26"), moved.planDueBy());
        assertThrows(OptimisticLockException.class, () -> services.programmes().update(monday.id(),
                monday.version(), draft(day("2026-04-10")), FRONT));

        SupervisionProgramme sentLate = services.programmes().sendPlan(friday.id(), friday.version(),
                day("2026-03-02"), FRONT);
        assertFalse(sentLate.planLate());
        clock.setDay(day("2026-03-09"));
        SupervisionProgramme late = services.programmes().sendPlan(moved.id(), moved.version(), day("2026-03-09"),
                FRONT);
        assertFalse(late.planLate(), "9 March is before 26 March");
        SupervisionProgramme third = services.programmes().create(draft(day("2026-03-20")), FRONT);
        SupervisionProgramme thirdSent = services.programmes().sendPlan(third.id(), third.version(),
                day("2026-03-09"), FRONT);
        assertTrue(thirdSent.planLate(), "sent 11 days before the round");
        assertThrows(ValidationException.class, () -> services.programmes().update(third.id(), thirdSent.version(),
                draft(day("2026-03-27")), FRONT), "a plan sent is not changed");
    }

    @Test
    void theRoundIsHeldThenReportedWithinFifteenDays() {
        SupervisionProgramme held = held();
        assertEquals(ProgrammeState.HELD, held.state());
        // 15 days after Friday 20 March is Saturday 4 April: the report is due on Monday 6 April
        assertEquals(day("2026-04-06"), held.reportDueOn());
        clock.setDay(day("2026-04-07"));
        assertTrue(services.programmes().programme(held.id(), CHAIR).orElseThrow().reportLate(day("2026-04-07")));
        ValidationException beforeRound = assertThrows(ValidationException.class, () -> services.programmes()
                .report(held.id(), held.version(), day("2026-03-19"), FRONT));
        assertEquals(Violation.of("reportedOn", SupervisionService.REPORTED_DAY, "20/03/2026"),
                beforeRound.violations().get(0));
        SupervisionProgramme reported = services.programmes().report(held.id(), held.version(), day("2026-04-03"),
                FRONT);
        assertEquals(ProgrammeState.REPORTED, reported.state());
        assertFalse(reported.reportLate(day("2026-04-07")));
        ValidationException twice = assertThrows(ValidationException.class, () -> services.programmes().report(
                held.id(), reported.version(), day("2026-04-03"), FRONT));
        assertEquals(SupervisionService.WRONG_STATE, twice.violations().get(0).messageKey());
        assertEquals(List.of("supervision.programme.created", "supervision.plan.sent", "supervision.round.held",
                "supervision.programme.reported"), audit.actions());
    }

    @Test
    void stepsAreRefusedOutOfOrderWithoutPermissionOrWithBadInput() {
        ValidationException empty = assertThrows(ValidationException.class, () -> services.programmes().create(
                new ProgrammeDraft(null, " ", SubjectKind.UNIT, null, "", SupervisionForm.TEAM, "",
                        day("2026-03-01"), List.of()), FRONT));
        assertEquals(List.of("unitId", "title", "subjectUnitId", "subject", "content", "roundOn", "team"),
                empty.violations().stream().map(Violation::field).toList());
        assertThrows(AccessDeniedException.class, () -> services.programmes().create(draft(day("2026-03-20")),
                CHAIR), "the supervised unit does not run the Front's programme");
        SupervisionProgramme p = services.programmes().create(draft(day("2026-03-20")), FRONT);
        ValidationException notSent = assertThrows(ValidationException.class, () -> services.programmes()
                .holdRound(p.id(), p.version(), day("2026-03-02"), "Kết quả", FRONT));
        assertEquals(SupervisionService.WRONG_STATE, notSent.violations().get(0).messageKey());
        ValidationException future = assertThrows(ValidationException.class, () -> services.programmes().sendPlan(
                p.id(), p.version(), day("2026-03-03"), FRONT));
        assertEquals("planSentOn", future.violations().get(0).field());
        SupervisionProgramme sent = services.programmes().sendPlan(p.id(), p.version(), day("2026-03-02"), FRONT);
        ValidationException noFindings = assertThrows(ValidationException.class, () -> services.programmes()
                .holdRound(p.id(), sent.version(), day("2026-03-02"), " ", FRONT));
        assertEquals(Violation.of("findings", SupervisionService.FINDINGS_REQUIRED, SupervisionService.FINDINGS_MAX),
                noFindings.violations().get(0));
        // the reader sees the programme where they may read, nowhere else
        assertEquals(1, services.programmes().programmes(FakeUnits.PROVINCE, 2026, OVERSEER).size());
        assertEquals(1, services.programmes().programmes(FakeUnits.TIEN_DU, 2026, CHAIR).size());
        assertTrue(services.programmes().programmes(FakeUnits.PROVINCE, 2026, LIM_CHAIR).isEmpty());
        assertTrue(services.programmes().programme(p.id(), LIM_CHAIR).isEmpty());
    }

    @Test
    void aChangeWhoseAuditEntryFailsIsRolledBack() {
        audit.failing(true);
        assertThrows(RuntimeException.class, () -> services.programmes().create(draft(day("2026-03-20")), FRONT));
        audit.failing(false);
        assertTrue(services.programmes().programmes(FakeUnits.TIEN_DU, 2026, FRONT).isEmpty());
    }
}
