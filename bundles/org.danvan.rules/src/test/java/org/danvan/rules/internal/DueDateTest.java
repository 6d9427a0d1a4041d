package org.danvan.rules.internal;

import static org.danvan.rules.api.Variant.COMPLEX;
import static org.danvan.rules.api.Variant.ESPECIALLY_COMPLEX;
import static org.danvan.rules.api.Variant.REMOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.rules.api.StatutoryRule;
import org.junit.jupiter.api.Test;

/** Due dates on the real 2026 calendar: Tết break 14–22 February, Hùng Kings day Sunday 26 April → Monday 27 off. */
class DueDateTest {

    private final StatutoryRuleTable table = Tables.bundled();

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    /** Thursday 12 February: Friday 13 is day 1, the Tết week does not count, Monday 2 March is day 7. */
    @Test
    void workingDaysCrossTet2026() {
        assertEquals(d("2026-03-02"), table.dueDate("denunciation.classify", d("2026-02-12"), Set.of()));
        assertEquals(d("2026-02-26"), table.dueDate("denunciation.accept.notify", d("2026-02-12"), Set.of()));
    }

    /** Friday 6 February + 10 days = Monday 16 February, a Tết day: the deadline moves to Monday 23. */
    @Test
    void calendarDaysEndingInTet2026MoveToTheFirstWorkingDayAfter() {
        assertEquals(d("2026-02-23"), table.dueDate("complaint.accept", d("2026-02-06"), Set.of()));
        assertEquals(d("2026-02-23"), table.dueDate("petition.process", d("2026-02-06"), Set.of()));
        // Tết days inside a calendar-day period count: 19 January + 30 = 18 February (Tết) → 23 February
        assertEquals(d("2026-02-23"), table.dueDate("complaint.first.resolve", d("2026-01-19"), Set.of()));
        // and 13 January + 45 (complex) = 27 February, a Friday after the break: no move
        assertEquals(d("2026-02-27"), table.dueDate("complaint.first.resolve", d("2026-01-13"), Set.of(COMPLEX)));
    }

    /**
     * Compensatory day Monday 27 April 2026 (Hùng Kings day fell on Sunday 26), then 30 April and 1 May: from Friday
     * 24 April, three working days are Tuesday 28, Wednesday 29 and Monday 4 May.
     */
    @Test
    void compensatoryDay2026() {
        assertEquals(d("2026-05-04"), table.dueDate("info.electronic.provide", d("2026-04-24"), Set.of()));
        // Saturday 28 March + 30 days = Monday 27 April, the compensatory day → Tuesday 28 April
        assertEquals(d("2026-04-28"), table.dueDate("complaint.first.resolve", d("2026-03-28"), Set.of()));
        assertEquals(d("2026-05-27"), table.dueDate("complaint.first.resolve", d("2026-03-28"),
                Set.of(COMPLEX, REMOTE)), "60 days: Wednesday 27 May");
    }

    /** Denunciation of Monday 5 January 2026: due Wednesday 4 February, +30 = Friday 6 March, +30 = Sunday 5 April. */
    @Test
    void denunciationExtensions() {
        LocalDate event = d("2026-01-05");
        LocalDate due = table.dueDate("denunciation.resolve", event, Set.of(ESPECIALLY_COMPLEX));
        assertEquals(d("2026-02-04"), due);
        LocalDate first = table.extendedDueDate("denunciation.resolve", event, due, 0, 30, Set.of(ESPECIALLY_COMPLEX));
        assertEquals(d("2026-03-06"), first);
        LocalDate second = table.extendedDueDate("denunciation.resolve", event, first, 1, 30,
                Set.of(ESPECIALLY_COMPLEX));
        assertEquals(d("2026-04-06"), second, "5 April is a Sunday: Monday 6 April");
        assertRefused("rules.extension.exhausted",
                () -> table.extendedDueDate("denunciation.resolve", event, second, 2, 10, Set.of(ESPECIALLY_COMPLEX)));
    }

    @Test
    void extensionLimitsAreEnforced() {
        LocalDate event = d("2026-01-05");
        LocalDate due = d("2026-02-04");
        assertEquals(d("2026-02-24"), table.extendedDueDate("denunciation.resolve", event, due, 0, 20, Set.of(COMPLEX)),
                "4 February + 20 = 24 February, a Tuesday");
        assertRefused("rules.extension.exhausted",
                () -> table.extendedDueDate("denunciation.resolve", event, due, 1, 30, Set.of(COMPLEX)));
        assertRefused("rules.extension.tooLong",
                () -> table.extendedDueDate("denunciation.resolve", event, due, 0, 31, Set.of(COMPLEX)));
        assertRefused("rules.extension.notPositive",
                () -> table.extendedDueDate("denunciation.resolve", event, due, 0, 0, Set.of(COMPLEX)));
        assertRefused("rules.extension.requiresComplex",
                () -> table.extendedDueDate("denunciation.resolve", event, due, 0, 10, Set.of()));
        assertRefused("rules.extension.requiresComplex",
                () -> table.extendedDueDate("denunciation.resolve", event, due, 0, 10, Set.of(REMOTE)));
        assertRefused("rules.extension.none",
                () -> table.extendedDueDate("complaint.first.resolve", event, due, 0, 10, Set.of(COMPLEX)));
        // information in person: one extension of at most 10 working days, any case
        LocalDate info = table.dueDate("info.inperson.provide", d("2026-02-09"), Set.of());
        assertEquals(d("2026-03-02"), info, "Tue 10 – Fri 13, then 23 February to 2 March");
        assertEquals(d("2026-03-16"), table.extendedDueDate("info.inperson.provide", d("2026-02-09"), info, 0, 10,
                Set.of()));
        assertRefused("rules.extension.tooLong",
                () -> table.extendedDueDate("info.inperson.provide", d("2026-02-09"), info, 0, 11, Set.of()));
        assertRefused("rules.extension.exhausted",
                () -> table.extendedDueDate("info.inperson.provide", d("2026-02-09"), info, 1, 5, Set.of()));
    }

    @Test
    void unknownRulesAndDaysBeforeTheLawAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class, () -> table.dueDate("complaint.nope", d("2026-01-05"), Set.of()));
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
                () -> table.dueDate("denunciation.resolve", d("2018-12-31"), Set.of()));
        assertTrue(early.getMessage().contains("2019-01-01"), early.getMessage());
    }

    /** A test row (not law) for complaint.filing from 1 July 2026 supersedes the 2012 row for later events only. */
    @Test
    void rowsAreVersionedByEffectiveDate() throws IOException {
        List<StatutoryRule> rows = new ArrayList<>(RuleTableParser.bundled());
        try (var in = new InputStreamReader(getClass().getClassLoader()
                .getResourceAsStream("rules/test-amendment-2026.csv"), StandardCharsets.UTF_8)) {
            rows.addAll(RuleTableParser.parse(in, "test-amendment-2026.csv"));
        }
        StatutoryRuleTable versioned = Tables.of(rows);
        assertEquals(90, versioned.limit("complaint.filing", d("2026-06-30"), Set.of()));
        assertEquals(60, versioned.limit("complaint.filing", d("2026-07-01"), Set.of()));
        assertEquals(d("2026-09-28"), versioned.dueDate("complaint.filing", d("2026-06-30"), Set.of()));
        assertEquals(d("2026-08-31"), versioned.dueDate("complaint.filing", d("2026-07-01"), Set.of()),
                "60 days: Sunday 30 August → Monday 31 August");
        assertEquals(List.of(d("2012-07-01"), d("2026-07-01")),
                versioned.history("complaint.filing").stream().map(StatutoryRule::effectiveFrom).toList());
        assertEquals(60, versioned.rulesOn(d("2026-12-01")).stream().filter(r -> r.id().equals("complaint.filing"))
                .findFirst().orElseThrow().limit());
        assertEquals(90, versioned.rulesOn(d("2026-01-01")).stream().filter(r -> r.id().equals("complaint.filing"))
                .findFirst().orElseThrow().limit());
        assertEquals(24, versioned.rulesOn(d("2026-12-01")).size(), "one row per id");
        assertThrows(IllegalArgumentException.class, () -> Tables.of(List.of(rows.get(0), rows.get(0))),
                "two rows with the same id and date");
    }

    private static void assertRefused(String key, Runnable action) {
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(key, e.violations().get(0).messageKey());
    }
}
