package org.danvan.noticeboard.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice as stored. It belongs to the unit it was published for (the publisher's unit then): users of that unit
 * and of every unit below it read it, and holders of {@link NoticeBoardPermissions#PUBLISH} there edit it.
 *
 * @param id database id
 * @param version optimistic-lock version; pass it back to {@link NoticeService#update} and
 *            {@link NoticeService#delete}
 * @param title title, at most {@value NoticeDraft#TITLE_MAX_LENGTH} characters
 * @param body text, at most {@value NoticeDraft#BODY_MAX_LENGTH} characters; plain text, line breaks kept
 * @param authorLogin login of the author
 * @param authorName the author's full name when the notice was created
 * @param orgUnitId id of the unit the notice belongs to; {@code null} only for notices published before notices had
 *            units, which every reader sees
 * @param orgUnitName name of that unit when the notice was created, or {@code null}
 * @param publishFrom first day the notice is shown
 * @param expiresOn last day the notice is shown, or {@code null} for no end
 * @param createdAt when the notice was created
 * @param updatedAt when it was last changed
 */
public record Notice(long id, long version, String title, String body, String authorLogin, String authorName,
        Long orgUnitId, String orgUnitName, LocalDate publishFrom, LocalDate expiresOn, Instant createdAt,
        Instant updatedAt) {
}
