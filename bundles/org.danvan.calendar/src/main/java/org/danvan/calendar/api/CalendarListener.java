package org.danvan.calendar.api;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when the working-day calendar changes (an administrator edits a year's announcements). Register as an OSGi
 * service (whiteboard); the case engine uses it to recompute the due dates of open cases.
 */
@ConsumerType
public interface CalendarListener {

    /**
     * Called after a change is committed.
     *
     * @param firstChangedDay the earliest day whose working status changed; due dates before it are unaffected
     */
    void calendarChanged(LocalDate firstChangedDay);
}
