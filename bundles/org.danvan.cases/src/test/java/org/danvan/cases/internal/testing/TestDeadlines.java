package org.danvan.cases.internal.testing;

import java.time.LocalDate;

import org.danvan.calendar.api.DayUnit;
import org.danvan.calendar.api.DeadlineCalculator;

/** The Civil Code convention of {@link DeadlineCalculator}, counted on a {@link TestCalendar} the test can edit. */
public final class TestDeadlines implements DeadlineCalculator {

    private final TestCalendar calendar;

    public TestDeadlines(TestCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public LocalDate dueDate(LocalDate eventDate, int limit, DayUnit unit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative limit");
        }
        if (unit == DayUnit.WORKING_DAYS) {
            LocalDate due = calendar.addWorkingDays(eventDate, limit);
            return calendar.isWorkingDay(due) ? due : calendar.nextWorkingDay(due);
        }
        LocalDate end = eventDate.plusDays(limit);
        return calendar.isWorkingDay(end) ? end : calendar.nextWorkingDay(end);
    }
}
