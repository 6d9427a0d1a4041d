package org.danvan.platform.api.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * One notification as a user sees it.
 *
 * @param source the provider's {@link NotificationProvider#source() source}, e.g. {@code cases}
 * @param id the id within the source
 * @param messageKey translation key of the message; its one argument is {@code subject}
 * @param subject what the message is about, as a reference the user recognises (e.g. a case number) — never a
 *            person's identity or the content of a petition
 * @param location where the subject opens, a path relative to the application root with an optional query (e.g.
 *            {@code ho-so-vu-viec/chi-tiet?id=12}); {@code null} when there is nothing to open
 * @param createdAt when it was raised
 * @param read whether the user has read it
 */
public record UserNotification(String source, long id, String messageKey, String subject, String location,
        Instant createdAt, boolean read) {

    public UserNotification {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(createdAt, "createdAt");
        subject = subject == null ? "" : subject;
    }
}
