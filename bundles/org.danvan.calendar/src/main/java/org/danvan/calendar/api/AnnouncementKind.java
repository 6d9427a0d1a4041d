package org.danvan.calendar.api;

/** What a government announcement does with a day. */
public enum AnnouncementKind {
    /**
     * The day is a public holiday of the statutory kind named by its holiday key. All such days of one key in one
     * year replace the default days of that key in that year (e.g. the five days of Tết as announced).
     */
    PUBLIC_HOLIDAY,
    /** A weekday given off, usually in exchange for a Saturday worked. */
    EXTRA_DAY_OFF,
    /** A Saturday or Sunday made a working day. */
    WORKING_DAY
}
