package org.danvan.grassroots.api;

import java.time.LocalDate;

/**
 * A comment on a consultation, as staff see it (a citizen's contact details are shown to staff only).
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param consultationId the consultation
 * @param channel how it came
 * @param text what was said
 * @param authorName the name the person gave, or {@code null} (anonymous)
 * @param contact contact details the person left for staff, or {@code null}
 * @param receivedOn the day it came
 * @param taken whether the authority took it into account; {@code null} until decided
 */
public record Comment(long id, long version, long consultationId, CommentChannel channel, String text,
        String authorName, String contact, LocalDate receivedOn, Boolean taken) {
}
