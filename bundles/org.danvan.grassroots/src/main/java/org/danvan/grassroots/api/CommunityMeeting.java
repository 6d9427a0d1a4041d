package org.danvan.grassroots.api;

import java.time.LocalDate;

/**
 * A yearly dialogue conference or a village's year-end community meeting, as recorded.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param unitId the commune
 * @param unitName its name when recorded
 * @param kind which meeting
 * @param year the year it belongs to
 * @param heldOn the day held
 * @param villageName for a year-end meeting, the village; else {@code null}
 * @param attendees how many took part
 * @param issues the issues raised
 * @param commitments the answers and commitments made
 */
public record CommunityMeeting(long id, long version, long unitId, String unitName, CommunityMeetingKind kind,
        int year, LocalDate heldOn, String villageName, int attendees, String issues, String commitments) {
}
