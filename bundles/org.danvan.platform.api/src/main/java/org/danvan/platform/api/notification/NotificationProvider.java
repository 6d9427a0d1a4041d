package org.danvan.platform.api.notification;

import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's notifications, registered as an OSGi service (whiteboard). The shell's bell and the e-mail delivery
 * ask every provider; a provider answers only for what the user may see.
 */
@ConsumerType
public interface NotificationProvider {

    /** A short, stable name of the source, unique among providers (e.g. {@code cases}). */
    String source();

    /** The user's notifications, newest first, at most {@code limit}. */
    List<UserNotification> notifications(UserPrincipal user, boolean unreadOnly, int limit);

    /** How many of the user's notifications are unread. */
    long unreadCount(UserPrincipal user);

    /** Marks one of the user's notifications read; an id that is unknown or not the user's is ignored. */
    void markRead(UserPrincipal user, long id);
}
