package org.danvan.rules.internal;

import static org.danvan.calendar.api.DayUnit.CALENDAR_DAYS;
import static org.danvan.calendar.api.DayUnit.WORKING_DAYS;
import static org.danvan.rules.api.Variant.COMPLEX;
import static org.danvan.rules.api.Variant.SEVERAL_AGENCIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.rules.api.FigureUnit;
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.api.StatutoryRule;
import org.junit.jupiter.api.Test;

/**
 * The rows added or corrected for the law as it stands on 1 July 2026 (Law 136/2025/QH15, Decrees 154/2026 and
 * 155/2026) and the rows found wrong from the start, each against its article, on the real calendar: across the Tết
 * 2026 civil-service break (Saturday 14 to Sunday 22 February 2026) and weekends. The expected days are counted by
 * hand in the comments, independently of the table.
 */
class Law2026DueDateTest {

    /** The component as the server runs it: core time limits and figures, no configuration. */
    private final RuleTable table = new RuleTableComponent(Tables.DEADLINES, Tables.CALENDAR, null,
            java.util.Map.of());

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    /** Law 02/2011 art. 27 until 30 June 2026; Decree 155/2026 [verify]: 7 working days from 1 July 2026. */
    @Test
    void complaintAcceptanceBecomesSevenWorkingDays() {
        // Friday 26 June 2026 + 10 calendar days = Monday 6 July
        assertEquals(d("2026-07-06"), table.dueDate("complaint.accept", d("2026-06-26"), Set.of()));
        // Friday 3 July 2026: Mon 6 – Fri 10 (5), Mon 13 (6), Tue 14 (7)
        assertEquals(d("2026-07-14"), table.dueDate("complaint.accept", d("2026-07-03"), Set.of()));
        StatutoryRule now = table.rule("complaint.accept", d("2026-07-01")).orElseThrow();
        assertEquals(WORKING_DAYS, now.unit());
        assertTrue(now.configurable(), "[verify]: one secondary source");
        assertTrue(now.citation().contains("155/2026/NĐ-CP"), now.citation());
    }

    /** Law 02/2011 art. 36: a second-time complaint is accepted within 10 days; 7 working days from 1 July 2026. */
    @Test
    void secondComplaintAcceptanceIsItsOwnRule() {
        StatutoryRule before = table.rule("complaint.second.accept", d("2026-06-30")).orElseThrow();
        assertEquals(10, before.limit());
        assertEquals(CALENDAR_DAYS, before.unit());
        assertTrue(before.citation().endsWith("Điều 36"), before.citation());
        assertFalse(before.configurable(), "read in the text");
        // Friday 6 February 2026 + 10 days = Monday 16 February, in the Tết break (14–22 February): Monday 23
        assertEquals(d("2026-02-23"), table.dueDate("complaint.second.accept", d("2026-02-06"), Set.of()));
        // Thursday 2 July 2026: Fri 3 (1), Mon 6 – Fri 10 (6), Mon 13 (7)
        assertEquals(d("2026-07-13"), table.dueDate("complaint.second.accept", d("2026-07-02"), Set.of()));
        assertTrue(table.rule("complaint.second.accept", d("2012-06-30")).isEmpty(), "before Law 02/2011");
    }

    /** New art. 11a (Law 136/2025 art. 2) [verify]: a suspension or continuation decision is sent within 3 WD. */
    @Test
    void suspensionDecisionIsSentWithinThreeWorkingDays() {
        // Friday 3 July 2026: Mon 6, Tue 7, Wed 8
        assertEquals(d("2026-07-08"), table.dueDate("complaint.suspension.notify", d("2026-07-03"), Set.of()));
        assertTrue(table.rule("complaint.suspension.notify", d("2026-06-30")).isEmpty(), "no suspension before");
    }

    /** Decree 155/2026 [verify]: the dialogue is notified at least 5 days before it, counted back. */
    @Test
    void dialogueNoticeIsCountedBack() {
        // dialogue Wednesday 15 July 2026: 5 days before = Friday 10 July
        assertEquals(d("2026-07-10"), table.latestDayBefore("complaint.dialogue.notice", d("2026-07-15"), Set.of()));
        // dialogue Thursday 16 July: 5 days before = Saturday 11 July, not a working day: Friday 10 July
        assertEquals(d("2026-07-10"), table.latestDayBefore("complaint.dialogue.notice", d("2026-07-16"), Set.of()));
    }

    /** Law 25/2018 art. 24: a denunciation outside competence is transferred within 5 working days. */
    @Test
    void denunciationTransfer() {
        // Thursday 12 February 2026: Fri 13 (1), Tết break, Mon 23 (2) – Thu 26 (5)
        assertEquals(d("2026-02-26"), table.dueDate("denunciation.transfer", d("2026-02-12"), Set.of()));
        StatutoryRule rule = table.rule("denunciation.transfer", d("2019-01-01")).orElseThrow();
        assertFalse(rule.configurable());
        assertTrue(rule.citation().endsWith("Điều 24"), rule.citation());
    }

    /** Decree 154/2026 art. 41 [verify]: a petition unprocessed beyond 45 days. */
    @Test
    void petitionUnprocessedAfterFortyFiveDays() {
        // Wednesday 1 July 2026 + 45 days = Saturday 15 August: Monday 17 August
        assertEquals(d("2026-08-17"), table.dueDate("petition.unprocessed", d("2026-07-01"), Set.of()));
        assertTrue(table.rule("petition.unprocessed", d("2026-06-30")).isEmpty());
    }

    /**
     * Law 104/2016 art. 29: 10 working days, one extension of at most 10 working days (the row said 15 and was
     * configurable: corrected in place).
     */
    @Test
    void informationInPersonExtensionIsTenWorkingDays() {
        StatutoryRule rule = table.rule("info.inperson.provide", d("2018-07-01")).orElseThrow();
        assertEquals(10, rule.extension().maxDaysEach());
        assertFalse(rule.configurable(), "read in the text, not overridable");
        LocalDate due = table.dueDate("info.inperson.provide", d("2026-02-09"), Set.of());
        assertEquals(d("2026-03-02"), due, "Tue 10 – Fri 13, Tết break, 23 February – 2 March");
        // Tue 3 – Fri 6 (4), Mon 9 – Fri 13 (9), Mon 16 (10)
        assertEquals(d("2026-03-16"), table.extendedDueDate("info.inperson.provide", d("2026-02-09"), due, 0, 10,
                Set.of()));
        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> table.extendedDueDate("info.inperson.provide", d("2026-02-09"), due, 0, 11, Set.of()));
        assertEquals("rules.extension.tooLong", tooLong.violations().get(0).messageKey());
    }

    /** Law 104/2016 art. 30: simple 3 working days; complex: notify within 3, provide within 15, one extension ≤ 15. */
    @Test
    void complexElectronicRequests() {
        LocalDate event = d("2026-02-09");
        // simple: Tue 10, Wed 11, Thu 12
        assertEquals(d("2026-02-12"), table.dueDate("info.electronic.provide", event, Set.of()));
        assertEquals(d("2026-02-12"), table.dueDate("info.electronic.complex.notify", event, Set.of()));
        // complex: Tue 10 – Fri 13 (4), Tết break, 23 – 27 February (9), 2 – 6 March (14), Monday 9 March (15)
        LocalDate complex = table.dueDate("info.electronic.provide", event, Set.of(COMPLEX));
        assertEquals(d("2026-03-09"), complex);
        // one extension of 15: 10 – 13 March (4), 16 – 20 (9), 23 – 27 (14), Monday 30 March (15)
        assertEquals(d("2026-03-30"), table.extendedDueDate("info.electronic.provide", event, complex, 0, 15,
                Set.of(COMPLEX)));
        assertRefused("rules.extension.requiresComplex",
                () -> table.extendedDueDate("info.electronic.provide", event, complex, 0, 5, Set.of()));
        assertRefused("rules.extension.exhausted",
                () -> table.extendedDueDate("info.electronic.provide", event, complex, 1, 5, Set.of(COMPLEX)));
        assertRefused("rules.extension.tooLong",
                () -> table.extendedDueDate("info.electronic.provide", event, complex, 0, 16, Set.of(COMPLEX)));
    }

    /** Decision 33/2017 in force 15 September 2017 (40 / 50 days); Decision 30/2020 [verify]: 60 days from 1 Oct 2020. */
    @Test
    void voterAnswers() {
        assertThrows(IllegalArgumentException.class,
                () -> table.dueDate("voter.answer", d("2017-09-14"), Set.of()), "not a placeholder date any more");
        // Friday 15 September 2017 + 40 = Wednesday 25 October
        assertEquals(d("2017-10-25"), table.dueDate("voter.answer", d("2017-09-15"), Set.of()));
        // Wednesday 30 September 2020 + 40 = Monday 9 November; + 50 = Thursday 19 November
        assertEquals(d("2020-11-09"), table.dueDate("voter.answer", d("2020-09-30"), Set.of()));
        assertEquals(d("2020-11-19"), table.dueDate("voter.answer", d("2020-09-30"), Set.of(SEVERAL_AGENCIES)));
        // Thursday 1 October 2020 + 60 = Monday 30 November, whatever the number of agencies
        assertEquals(d("2020-11-30"), table.dueDate("voter.answer", d("2020-10-01"), Set.of()));
        assertEquals(d("2020-11-30"), table.dueDate("voter.answer", d("2020-10-01"), Set.of(SEVERAL_AGENCIES)));
        assertTrue(table.rule("voter.answer", d("2020-10-01")).orElseThrow().citation().contains("30/2020/QĐ-TTg"));
    }

    /** Law 42/2013 art. 28: an answer or a notice within 10 working days of the reception. */
    @Test
    void receptionAnswer() {
        // Friday 13 February 2026: Tết break, 23 – 27 February (5), 2 – 6 March (10)
        assertEquals(d("2026-03-06"), table.dueDate("reception.answer", d("2026-02-13"), Set.of()));
        assertTrue(table.rule("reception.answer", d("2014-07-01")).isPresent());
        assertTrue(table.rule("reception.answer", d("2014-06-30")).isEmpty(), "before Law 42/2013");
    }

    /** Decree 154/2026 art. 4 [verify]: refusal notified in writing within 3 working days. */
    @Test
    void receptionRefusalNotice() {
        // Thursday 2 July 2026: Fri 3, Mon 6, Tue 7
        assertEquals(d("2026-07-07"), table.dueDate("reception.refusal.notify", d("2026-07-02"), Set.of()));
    }

    /** Law 136/2025 art. 1 (art. 3a), Decree 154/2026 art. 23 [verify]: online session notice and connection test. */
    @Test
    void onlineSessionClocksAreCountedBack() {
        // session Monday 13 July 2026: Fri 10 (1), Thu 9, Wed 8, Tue 7, Mon 6 (5)
        assertEquals(d("2026-07-06"), table.latestDayBefore("reception.online.notice", d("2026-07-13"), Set.of()));
        assertEquals(d("2026-07-10"),
                table.latestDayBefore("reception.online.connection.test", d("2026-07-13"), Set.of()));
        // session Wednesday 15 July: Tue 14 (1) ... Wed 8 (5); connection test Tuesday 14
        assertEquals(d("2026-07-08"), table.latestDayBefore("reception.online.notice", d("2026-07-15"), Set.of()));
        assertEquals(d("2026-07-14"),
                table.latestDayBefore("reception.online.connection.test", d("2026-07-15"), Set.of()));
    }

    /** Law 42/2013 art. 15 as amended by Law 136/2025: 1 day per week until 30 June 2026, 2 per month from 1 July. */
    @Test
    void communeChairReceptionFrequency() {
        assertEquals(1, weekly(d("2026-06-30")));
        assertEquals(1, weekly(d("2014-07-01")));
        assertEquals(0, weekly(d("2026-07-01")), "no weekly duty any more");
        assertTrue(table.figure("reception.commune.chair.monthly.days", d("2026-06-30")).isEmpty());
        RuleFigure monthly = table.figure("reception.commune.chair.monthly.days", d("2026-07-01")).orElseThrow();
        assertEquals(2, monthly.intValue());
        assertEquals(FigureUnit.COUNT, monthly.unit());
        assertFalse(monthly.configurable());
        assertTrue(monthly.citation().contains("136/2025/QH15"), monthly.citation());
        RuleFigure unitHead = table.figure("reception.unit.head.monthly.days", d("2026-07-01")).orElseThrow();
        assertEquals(BigDecimal.ONE, unitHead.value());
        assertTrue(unitHead.configurable(), "[verify]");
        assertEquals(2, table.figureHistory("reception.commune.chair.weekly.days").size());
    }

    /** Decree 155/2026 [verify]: from 1 July 2026 a complaint found complex carries the grounds of that finding. */
    @Test
    void complexComplaintGroundsAreRequiredFromJuly2026() {
        assertTrue(table.figure("complaint.complex.grounds.required", d("2026-06-30")).isEmpty());
        RuleFigure required = table.figure("complaint.complex.grounds.required", d("2026-07-01")).orElseThrow();
        assertEquals(1, required.intValue());
        assertEquals(FigureUnit.COUNT, required.unit());
        assertTrue(required.configurable(), "[verify]");
        assertTrue(required.citation().contains("155/2026/NĐ-CP"), required.citation());
    }

    private int weekly(LocalDate day) {
        return table.figure("reception.commune.chair.weekly.days", day).orElseThrow().intValue();
    }

    private static void assertRefused(String key, org.junit.jupiter.api.function.Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(key, e.violations().get(0).messageKey());
    }
}
