package org.danvan.calendar.internal;

import java.time.LocalDate;

import org.danvan.calendar.api.DayUnit;
import org.danvan.calendar.api.DeadlineCalculator;
import org.danvan.calendar.api.WorkingCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Registers the Civil Code deadline calculator over the registered working calendar. */
@Component(service = DeadlineCalculator.class, immediate = true)
public final class DeadlineCalculatorComponent implements DeadlineCalculator {

    private final DeadlineCalculator delegate;

    /**
     * Builds the calculator.
     *
     * @param calendar the working calendar service
     */
    @Activate
    public DeadlineCalculatorComponent(@Reference WorkingCalendar calendar) {
        this.delegate = new CivilCodeDeadlineCalculator(calendar);
    }

    @Override
    public LocalDate dueDate(LocalDate eventDate, int limit, DayUnit unit) {
        return delegate.dueDate(eventDate, limit, unit);
    }
}
