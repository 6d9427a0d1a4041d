package org.danvan.grassroots.api;

import java.time.LocalDate;

/**
 * A matter put to the people for comment, as stored.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param unitId the consulting unit
 * @param unitName its name when recorded
 * @param title the matter
 * @param draft the draft or its summary
 * @param opensOn first day of comments
 * @param closesOn last day of comments
 * @param comments comments received so far
 * @param explanation the authority's explanation of the comments taken and not taken, or {@code null} before it
 *            is published (only after the period ends)
 * @param explainedOn the day it was published, or {@code null}
 */
public record Consultation(long id, long version, long unitId, String unitName, String title, String draft,
        LocalDate opensOn, LocalDate closesOn, long comments, String explanation, LocalDate explainedOn) {

    /** Whether comments are taken on a day. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
