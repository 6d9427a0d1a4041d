package org.danvan.grassroots.api;

import java.time.LocalDate;

/**
 * One form a content is disclosed in, with the day it started and how many consecutive days it ran.
 *
 * @param form how
 * @param startOn the first day
 * @param days consecutive days it ran or runs; {@code null} while it stays up with no end set
 */
public record Posting(DisclosureForm form, LocalDate startOn, Integer days) {

    /** The largest number of days a posting may be given (ten years). */
    public static final int MAX_DAYS = 3660;

    /** The last day, or {@code null} while it stays up. */
    public LocalDate lastDay() {
        return days == null || startOn == null ? null : startOn.plusDays(days - 1L);
    }

    /** Whether it is up on a day. */
    public boolean isUpOn(LocalDate day) {
        return startOn != null && !day.isBefore(startOn) && (days == null || !day.isAfter(lastDay()));
    }
}
