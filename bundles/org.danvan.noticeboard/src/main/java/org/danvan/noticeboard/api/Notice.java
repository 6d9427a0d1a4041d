package org.danvan.noticeboard.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice as stored.
 *
 * @param id database id
 * @param version optimistic-lock version; pass it back to {@link NoticeService#update} and
 *            {@link NoticeService#delete}
 * @param title title, at most {@value NoticeDraft#TITLE_MAX_LENGTH} characters
 * @param body text, at most {@value NoticeDraft#BODY_MAX_LENGTH} characters; plain text, line breaks kept
 * @param authorLogin login of the author
 * @param authorName the author's full name when the notice was created
 * @param orgUnitId id of the author's org unit, or {@code null}
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
