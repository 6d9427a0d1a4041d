package org.danvan.calendar.internal;

import java.time.LocalDate;
import java.util.Objects;

import org.danvan.calendar.api.DayUnit;
import org.danvan.calendar.api.DeadlineCalculator;
import org.danvan.calendar.api.WorkingCalendar;

/**
 * Deadlines under the Civil Code 2015: art. 147 (the first day is not counted, so counting starts the day after
 * the event) and art. 148 (a last day that is a non-working day moves to the next working day). Plain Java,
 * usable without OSGi.
 */
public final class CivilCodeDeadlineCalculator implements DeadlineCalculator {

    private final WorkingCalendar calendar;

    /**
     * A calculator over a working calendar.
     *
     * @param calendar the calendar that says which days are working days
     */
    public CivilCodeDeadlineCalculator(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public LocalDate dueDate(LocalDate eventDate, int limit, DayUnit unit) {
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(unit, "unit");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        LocalDate last = switch (unit) {
            case CALENDAR_DAYS -> eventDate.plusDays(limit);
            case WORKING_DAYS -> calendar.addWorkingDays(eventDate, limit);
        };
        // only reachable for calendar days, or a limit of 0 on a non-working event day
        return calendar.isWorkingDay(last) ? last : calendar.nextWorkingDay(last);
    }
}
