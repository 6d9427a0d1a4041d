package org.danvan.cases.api;

import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * In-app notifications about cases (near due, overdue) for handlers and for the heads of the owning unit (holders
 * of {@code case.close} there).
 */
@ProviderType
public interface NotificationService {

    /** The user's notifications, newest first. */
    List<CaseNotification> list(UserPrincipal user, boolean unreadOnly, int limit);

    /** Marks a notification read for the user; unknown ids are ignored. */
    void markRead(UserPrincipal user, long notificationId);
}
