package org.danvan.calendar.api;

/** How a statutory time limit is counted. */
public enum DayUnit {
    /** Every day counts; only the last day moves off a non-working day. */
    CALENDAR_DAYS,
    /** Only working days count. */
    WORKING_DAYS
}
