package org.danvan.calendar.api;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Recomputes, without saving anything, the due dates of a module's open files on a calendar that is not saved yet,
 * so that an administrator sees the effect of an announcement before saving it. Register as an OSGi service
 * (whiteboard); the case engine provides one. The calendar does not depend on the modules that implement it.
 *
 * @since 1.1
 */
@ConsumerType
public interface DeadlineImpactProvider {

    /**
     * The effect of a calendar change on the open files' due dates.
     *
     * @param proposed the working calendar as it would be after the change
     * @param deadlines the Civil Code deadline calculator over {@code proposed}
     * @param firstChangedDay the earliest day whose working status would change; due dates before it are unaffected
     * @return the count of open files checked and moved, and the shifts
     */
    DeadlineImpact impact(WorkingCalendar proposed, DeadlineCalculator deadlines, LocalDate firstChangedDay);
}
