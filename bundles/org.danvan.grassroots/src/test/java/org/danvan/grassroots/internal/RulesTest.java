package org.danvan.grassroots.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.danvan.rules.api.FigureUnit;
import org.danvan.rules.api.RuleTable;
import org.danvan.sdk.testing.RealRules;
import org.junit.jupiter.api.Test;

/** The module's rule file is accepted by the rules bundle, and its clocks run on the real working-day calendar. */
class RulesTest {

    private final RuleTable rules = RealRules.withModuleFiles("rules/grassroots-rules.csv");

    @Test
    void theRecordClockSkipsWeekendsAndTet() {
        // Friday 2027-02-05: Tết Đinh Mùi closes the offices from 5 to 11 February 2027, so the 5 working days are
        // 12, 15, 16, 17 and 18 February
        LocalDate due = rules.dueDate("grassroots.decision.record", LocalDate.of(2027, 2, 5), Set.of());
        assertEquals(LocalDate.of(2027, 2, 18), due);
        assertTrue(RealRules.calendar().isWorkingDay(due));
        assertEquals(LocalDate.of(2027, 2, 18), rules.dueDate("grassroots.disclosure.start", LocalDate.of(2027, 2, 5),
                Set.of()), "disclosure within 5 working days of the decision, the same clock");
        // an ordinary week: Monday 2026-11-02 + 5 working days = Monday 2026-11-09
        assertEquals(LocalDate.of(2026, 11, 9), rules.dueDate("grassroots.decision.record", LocalDate.of(2026, 11, 2),
                Set.of()));
    }

    @Test
    void everyFigureIsARowWithItsArticle() {
        assertEquals(30, rules.limit("grassroots.posting.minimum", LocalDate.of(2026, 1, 5), Set.of()));
        assertEquals(3, rules.limit("grassroots.loudspeaker.minimum", LocalDate.of(2026, 1, 5), Set.of()));
        assertEquals(20, rules.limit("grassroots.comment.period", LocalDate.of(2026, 1, 5), Set.of()));
        var approval = rules.figure("grassroots.decision.approval", LocalDate.of(2026, 1, 5)).orElseThrow();
        assertEquals(0, approval.value().compareTo(BigDecimal.valueOf(50)));
        assertEquals(FigureUnit.PERCENT, approval.unit());
        assertTrue(approval.citation().contains("10/2022/QH15, Điều 19"), approval.citation());
        assertEquals(10, rules.figure("grassroots.initiative.share", LocalDate.of(2026, 1, 5)).orElseThrow()
                .intValue());
        assertEquals(FigureUnit.MONTHS, rules.figure("grassroots.initiative.validity", LocalDate.of(2026, 1, 5))
                .orElseThrow().unit());
        // the law applies from 1 July 2023: nothing before
        assertTrue(rules.figure("grassroots.decision.approval", LocalDate.of(2023, 6, 30)).isEmpty());
    }

    @Test
    void aMeetingNoticeIsCountedBackFromTheMeeting() {
        // a meeting on Sunday 2026-11-15: notice at least 2 days before, i.e. by Friday 13 November
        assertEquals(LocalDate.of(2026, 11, 13), rules.latestDayBefore("grassroots.meeting.notice",
                LocalDate.of(2026, 11, 15), Set.of()));
    }
}
