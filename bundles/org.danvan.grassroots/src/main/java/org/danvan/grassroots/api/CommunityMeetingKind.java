package org.danvan.grassroots.api;

/** The yearly meetings of a commune with its people. */
public enum CommunityMeetingKind {
    /** The commune People's Committee's yearly dialogue conference with the people. */
    DIALOGUE_CONFERENCE,
    /** A village's year-end community meeting (one per village and year). */
    YEAR_END_MEETING
}
