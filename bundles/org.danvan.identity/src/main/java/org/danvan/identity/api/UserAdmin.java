package org.danvan.identity.api;

import java.util.List;
import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Administration of user accounts. Every method checks {@code identity.users.manage} through
 * {@link org.danvan.platform.api.security.AccessControl} at the user's primary unit, validates its input (throwing
 * {@link org.danvan.platform.api.validation.ValidationException}, nothing stored), uses optimistic locking
 * ({@link jakarta.persistence.OptimisticLockException} when the version is stale) and writes the audit trail.
 * Listing shows only users of units the actor may manage.
 */
@ProviderType
public interface UserAdmin {

    /** A page of users, sorted by login. */
    List<UserSummary> find(UserPrincipal actor, UserFilter filter, int offset, int limit);

    /** The number of users matching. */
    long count(UserPrincipal actor, UserFilter filter);

    /** One user. */
    Optional<UserSummary> get(UserPrincipal actor, long userId);

    /**
     * Creates a user with an initial password that must be changed at first login.
     *
     * @param initialPassword checked against the password policy
     */
    UserSummary create(UserPrincipal actor, UserDraft draft, char[] initialPassword);

    /** Updates name, email, phone and memberships (the login stays). */
    UserSummary update(UserPrincipal actor, long userId, long version, UserDraft draft);

    /** Locks or unlocks a user; unlocking also clears an automatic lockout and the failed-attempt count. */
    UserSummary setLocked(UserPrincipal actor, long userId, long version, boolean locked);

    /** Activates or deactivates a user. */
    UserSummary setActive(UserPrincipal actor, long userId, long version, boolean active);

    /**
     * Sets a new password chosen by the administrator, checked against the policy; the user must change it at the
     * next login. Clears a lockout.
     */
    UserSummary resetPassword(UserPrincipal actor, long userId, char[] newPassword);
}
