package org.danvan.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.danvan.calendar.api.Holiday;
import org.danvan.calendar.api.WorkingCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Registers the working calendar over the stored announcements as an OSGi service; an administrator's change shows
 * at once. Immediate, so a broken data file fails at bundle start rather than at the first deadline.
 */
@Component(service = WorkingCalendar.class, immediate = true)
public final class WorkingCalendarComponent implements WorkingCalendar {

    private final WorkingCalendar delegate;

    /**
     * Uses the shared live calendar.
     *
     * @param database the calendar store
     */
    @Activate
    public WorkingCalendarComponent(@Reference CalendarDatabase database) {
        this.delegate = database.calendar();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return delegate.isWorkingDay(date);
    }

    @Override
    public List<Holiday> holidays(int year) {
        return delegate.holidays(year);
    }

    @Override
    public List<LocalDate> workingWeekendDays(int year) {
        return delegate.workingWeekendDays(year);
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        return delegate.nextWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate date, int workingDays) {
        return delegate.addWorkingDays(date, workingDays);
    }
}
