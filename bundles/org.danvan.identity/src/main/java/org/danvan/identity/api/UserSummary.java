package org.danvan.identity.api;

import java.time.Instant;
import java.util.List;

/**
 * A user as administrators see it (never the password hash).
 *
 * @param id database id
 * @param version optimistic-lock version; pass it back when updating
 * @param login login name (lower case)
 * @param fullName full name
 * @param email email, may be {@code null}
 * @param phone phone, may be {@code null}
 * @param unitIds ids of the units the user belongs to, primary unit first
 * @param active false when deactivated by an administrator
 * @param locked true when locked by an administrator or by too many failed logins
 * @param lockedUntil end of an automatic lockout, {@code null} if none is running
 * @param mustChangePassword true after an administrator reset
 * @param createdAt creation time
 */
public record UserSummary(long id, long version, String login, String fullName, String email, String phone,
        List<Long> unitIds, boolean active, boolean locked, Instant lockedUntil, boolean mustChangePassword,
        Instant createdAt) {

    public UserSummary {
        unitIds = List.copyOf(unitIds);
    }
}
