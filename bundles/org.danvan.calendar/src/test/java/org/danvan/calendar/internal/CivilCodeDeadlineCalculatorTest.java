package org.danvan.calendar.internal;

import static org.danvan.calendar.api.DayUnit.CALENDAR_DAYS;
import static org.danvan.calendar.api.DayUnit.WORKING_DAYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.danvan.calendar.api.DayUnit;
import org.danvan.calendar.api.DeadlineCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Plain construction, no OSGi: this is how a non-OSGi caller uses the calculator. */
class CivilCodeDeadlineCalculatorTest {

    private final DeadlineCalculator deadlines = new CivilCodeDeadlineCalculator(
            VietnameseWorkingCalendar.withBundledDefaults());

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void calendarDeadlineEndingOnSundayMovesToMonday() {
        // Thursday 6 March 2025 + 10 days = Sunday 16 March
        assertEquals(date("2025-03-17"), deadlines.dueDate(date("2025-03-06"), 10, CALENDAR_DAYS));
    }

    @Test
    void firstDayIsNotCounted() {
        assertEquals(date("2025-03-04"), deadlines.dueDate(date("2025-03-03"), 1, CALENDAR_DAYS));
        assertEquals(date("2025-03-04"), deadlines.dueDate(date("2025-03-03"), 1, WORKING_DAYS));
        // received on a Friday: one working day ends on Monday
        assertEquals(date("2025-03-10"), deadlines.dueDate(date("2025-03-07"), 1, WORKING_DAYS));
        // received on a Saturday: counting starts Sunday, the first working day is Monday
        assertEquals(date("2025-03-10"), deadlines.dueDate(date("2025-03-08"), 1, WORKING_DAYS));
    }

    @Test
    void workingDaysAcrossTet2026() {
        // Friday 13 February; 14–22 February are off; 5 working days: 23, 24, 25, 26, 27 February
        assertEquals(date("2026-02-27"), deadlines.dueDate(date("2026-02-13"), 5, WORKING_DAYS));
        // Thursday 12 February + 2 working days: Friday 13, then Monday 23
        assertEquals(date("2026-02-23"), deadlines.dueDate(date("2026-02-12"), 2, WORKING_DAYS));
    }

    @Test
    void calendarDeadlineEndingInTetMovesAfterIt() {
        // Friday 6 February 2026 + 10 days = Monday 16 February, a Tết day: due Monday 23 February
        assertEquals(date("2026-02-23"), deadlines.dueDate(date("2026-02-06"), 10, CALENDAR_DAYS));
        // Tuesday 2 December 2025 + 30 days = Thursday 1 January 2026: due Friday 2 January
        assertEquals(date("2026-01-02"), deadlines.dueDate(date("2025-12-02"), 30, CALENDAR_DAYS));
    }

    @ParameterizedTest
    @EnumSource(DayUnit.class)
    void limitZeroEndsOnTheEventDayOrTheNextWorkingDay(DayUnit unit) {
        assertEquals(date("2025-03-05"), deadlines.dueDate(date("2025-03-05"), 0, unit));
        assertEquals(date("2025-03-10"), deadlines.dueDate(date("2025-03-08"), 0, unit));
    }

    @ParameterizedTest
    @EnumSource(DayUnit.class)
    void negativeLimitIsRejected(DayUnit unit) {
        assertThrows(IllegalArgumentException.class, () -> deadlines.dueDate(date("2025-03-05"), -1, unit));
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> deadlines.dueDate(null, 1, WORKING_DAYS));
        assertThrows(NullPointerException.class, () -> deadlines.dueDate(date("2025-03-05"), 1, null));
    }
}
