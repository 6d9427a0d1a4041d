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

    private final DeadlineCalculator civil;

    /**
     * A calculator over a working calendar.
     *
     * @param calendar the calendar that says which days are working days
     */
    public CivilCodeDeadlineCalculator(WorkingCalendar calendar) {
        this.civil = DeadlineCalculator.civilCode(Objects.requireNonNull(calendar, "calendar"));
    }

    @Override
    public LocalDate dueDate(LocalDate eventDate, int limit, DayUnit unit) {
        return civil.dueDate(eventDate, limit, unit);
    }
}
