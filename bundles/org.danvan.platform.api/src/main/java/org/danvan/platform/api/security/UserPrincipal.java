package org.danvan.platform.api.security;

import java.util.Objects;
import java.util.Set;

/**
 * A signed-in staff member as the platform sees them: immutable, safe to keep in a web session.
 *
 * @param userId database id of the user account
 * @param login login name
 * @param fullName full name for display
 * @param orgUnitId id of the user's primary org unit, or {@code null}
 * @param orgUnitName display name of that unit, or {@code null}
 * @param permissions ids of the permissions the user holds (at the user's own unit)
 */
public record UserPrincipal(long userId, String login, String fullName, Long orgUnitId, String orgUnitName,
        Set<String> permissions) {

    public UserPrincipal {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(fullName, "fullName");
        permissions = Set.copyOf(permissions);
    }

    /** Whether the user holds the permission; a {@code null} permission means "any signed-in user". */
    public boolean hasPermission(String permission) {
        return permission == null || permissions.contains(permission);
    }
}
