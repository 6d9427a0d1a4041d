package org.danvan.identity.api;

import java.util.List;
import java.util.Set;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Roles, their permissions and who holds them where. Changing a role's permissions needs
 * {@code identity.roles.manage} (held at a root unit); assigning a role needs {@code identity.users.manage} at the
 * unit of the assignment, and nobody may grant a permission they do not hold there themselves — except a holder of
 * {@code identity.roles.manage} at a root unit, who could give themselves any permission anyway. Every change is
 * audited; a refused input throws {@link org.danvan.platform.api.validation.ValidationException} with nothing
 * stored.
 */
@ProviderType
public interface RoleAdmin {

    /** All roles, built-in first. */
    List<RoleInfo> roles();

    /**
     * The ids of every permission currently contributed by installed bundles, with their label keys.
     *
     * @return permission id → translation key of its label
     */
    java.util.Map<String, String> availablePermissions();

    /** Creates a role. Id: 3–64 characters a–z, digits and '-'. */
    RoleInfo createRole(UserPrincipal actor, String id, String name, Set<String> permissions);

    /** Replaces the permissions of a role (built-in roles included). */
    RoleInfo setPermissions(UserPrincipal actor, String roleId, long version, Set<String> permissions);

    /** The assignments of a user. */
    List<RoleAssignmentInfo> assignmentsOf(long userId);

    /** Grants a role to a user at a unit. */
    RoleAssignmentInfo assign(UserPrincipal actor, long userId, String roleId, long unitId);

    /** Withdraws an assignment. */
    void revoke(UserPrincipal actor, long assignmentId);
}
