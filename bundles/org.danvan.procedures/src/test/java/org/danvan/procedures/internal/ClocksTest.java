package org.danvan.procedures.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.procedures.api.Assessment;
import org.danvan.procedures.api.Procedure;
import org.danvan.procedures.api.Proposal;
import org.danvan.procedures.api.Review;
import org.danvan.procedures.api.ReviewRound;
import org.danvan.procedures.api.ReviewService;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.api.StatutoryRule;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.junit.jupiter.api.Test;

/**
 * The round's report day and the follow-up's day: working days of the platform's calendar from the cited [verify] rows,
 * fixed on the record when the clock starts; overdue once passed.
 */
@OnEveryDatabase
class ClocksTest extends ReviewFixture {

    @Test
    void theRowsAreCitedConfigurableWorkingDayClocks() {
        StatutoryRule report = rules.rule(ReviewServiceImpl.ROUND_RULE, day("2026-03-02")).orElseThrow();
        assertTrue(report.citation().contains("63/2010") && report.citation().contains("[verify]"),
                report.citation());
        assertTrue(rules.rule(ReviewServiceImpl.IMPLEMENT_RULE, day("2026-03-02")).isPresent());
        // an administrator sets the plan's figure: 10 working days from Monday 2 March 2026 is Monday 16 March
        RuleTable plan = RealRules.withModuleFiles(Map.of("procedures.round.report.limit", "10"),
                "rules/procedures-rules.csv");
        assertEquals(day("2026-03-16"), plan.dueDate(ReviewServiceImpl.ROUND_RULE, day("2026-03-02"), Set.of()));
    }

    @Test
    void theRoundIsDueOnAWorkingDayAndOverdueWhileProceduresRemain() {
        Procedure birth = procedure("1.001193", 5, 0);
        procedure("1.001194", 5, 0);
        ReviewRound round = services.reviews().openRound(FakeUnits.TIEN_DU, 2026, "Rà soát TTHC năm 2026",
                day("2026-03-02"), KEEPER);
        LocalDate due = rules.dueDate(ReviewServiceImpl.ROUND_RULE, day("2026-03-02"), Set.of());
        assertEquals(due, round.dueOn());
        assertEquals(ReviewServiceImpl.ROUND_RULE, round.dueRuleId());
        assertTrue(RealRules.calendar().isWorkingDay(due));
        // 60 working days with the 30 April and 1 May holidays and the Hùng Kings’ day: more than 12 weeks
        assertTrue(due.isAfter(day("2026-05-22")), due.toString());
        assertFalse(round.overdue());

        ValidationException twice = assertThrows(ValidationException.class, () -> services.reviews().openRound(
                FakeUnits.TIEN_DU, 2026, "Lần hai", day("2026-03-03"), KEEPER));
        assertEquals(Violation.of("year", ReviewService.ROUND_EXISTS, 2026), twice.violations().get(0));
        ValidationException outside = assertThrows(ValidationException.class, () -> services.reviews().openRound(
                FakeUnits.TIEN_DU, 2025, "", day("2026-01-05"), KEEPER));
        assertEquals(List.of("title", "startedOn"), outside.violations().stream().map(Violation::field).toList());

        services.reviews().assess(round.id(), birth.id(), null, new Assessment(true, true, true, true, "Đạt",
                List.of(), Proposal.KEEP, null, null, null), KEEPER);
        clock.setDay(due);
        assertFalse(services.reviews().rounds(FakeUnits.TIEN_DU, 2026, OVERSEER).get(0).overdue());
        clock.setDay(due.plusDays(1));
        ReviewRound late = services.reviews().rounds(FakeUnits.TIEN_DU, 2026, OVERSEER).get(0);
        assertTrue(late.overdue());
        assertEquals(1, late.assessed());
        assertEquals(2, late.procedures());
    }

    @Test
    void theFollowUpClockStartsWithTheDecisionAndTurnsLate() {
        Procedure birth = procedure("1.001193", 5, 0);
        ReviewRound round = services.reviews().openRound(FakeUnits.TIEN_DU, 2026, "Rà soát TTHC năm 2026",
                day("2026-03-02"), KEEPER);
        Review assessed = services.reviews().assess(round.id(), birth.id(), null, new Assessment(true, true, false,
                true, "Phân cấp cho xã", List.of(), Proposal.DECENTRALISE, null, null, null), KEEPER);
        // Friday 24 April 2026: Hùng Kings' day (Sunday 26 April, off on Monday 27), 30 April and 1 May lie ahead
        clock.setDay(day("2026-04-24"));
        Review adopted = services.reviews().decide(assessed.id(), assessed.version(), true, "30/QĐ-UBND",
                day("2026-04-24"), CHAIR);
        LocalDate by = rules.dueDate(ReviewServiceImpl.IMPLEMENT_RULE, day("2026-04-24"), Set.of());
        assertEquals(by, adopted.implementBy());
        assertTrue(RealRules.calendar().isWorkingDay(by));
        assertTrue(by.isAfter(day("2026-06-04")), by.toString());
        clock.setDay(by.plusDays(1));
        Review late = services.reviews().reviews(round.id(), CHAIR).get(0);
        assertTrue(late.followUpOverdue());
        assertEquals(1, services.reports().figures(FakeUnits.TIEN_DU, 2026, CHAIR).followUpOverdue());
        Review done = services.reviews().implement(late.id(), late.version(), by.plusDays(1), "Đã ban hành quyết định"
                + " phân cấp", KEEPER);
        assertFalse(done.followUpOverdue());
    }
}
