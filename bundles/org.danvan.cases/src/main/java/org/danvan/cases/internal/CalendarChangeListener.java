package org.danvan.cases.internal;

import java.time.LocalDate;

import org.danvan.calendar.api.CalendarListener;
import org.danvan.cases.api.DueDateMaintenance;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Recomputes the due dates of open cases when an administrator changes the working-day calendar. */
@Component(service = CalendarListener.class)
public class CalendarChangeListener implements CalendarListener {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarChangeListener.class);

    private final DueDateMaintenance maintenance;

    @Activate
    public CalendarChangeListener(@Reference DueDateMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public void calendarChanged(LocalDate firstChangedDay) {
        int moved = maintenance.recomputeDueDates(firstChangedDay);
        LOG.info("Calendar changed from {}: {} open cases have a new due date", firstChangedDay, moved);
    }
}
