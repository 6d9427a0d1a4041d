package org.danvan.platform.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one answer to "may this user do P on a record owned by unit U". Views, services and shell commands of every
 * bundle ask here; none decides on its own.
 * <p>
 * A user holds roles <em>at an org unit</em>; a role held at a unit covers that unit and its whole subtree. A record
 * owned by a unit that has been merged, split or renamed away is covered wherever one of its successors is
 * covered, so the successor's staff keep handling it. Locked and inactive users are permitted nothing.
 * Provided by the identity core.
 */
@ProviderType
public interface AccessControl {

    /**
     * Whether the user may exercise a permission on a record owned by a unit.
     *
     * @param user the signed-in user (only {@link UserPrincipal#userId()} is trusted; the decision is made on the
     *            stored roles, not on the permission set carried by the principal)
     * @param permission the permission id, e.g. {@code case.resolve}
     * @param unitId the id of the unit owning the record (current or retired)
     * @return true if permitted
     */
    boolean isPermitted(UserPrincipal user, String permission, long unitId);

    /**
     * Like {@link #isPermitted} but throws.
     *
     * @throws AccessDeniedException if not permitted
     */
    default void check(UserPrincipal user, String permission, long unitId) {
        if (!isPermitted(user, permission, unitId)) {
            throw new AccessDeniedException(user.login(), permission, unitId);
        }
    }

    /**
     * Whether the user holds a permission at any unit at all (e.g. to show a menu entry).
     *
     * @param user the user
     * @param permission the permission id
     * @return true if some role assignment of the user grants it
     */
    boolean isPermittedSomewhere(UserPrincipal user, String permission);

    /**
     * Where a user may exercise a permission, for filtering queries: either everywhere (the user holds it at a root
     * unit) or an explicit set of unit ids — the subtrees of the units where it is held, plus every retired unit
     * whose successor lies in them.
     *
     * @param user the user
     * @param permission the permission id
     * @return the scope, possibly empty
     */
    AccessScope scope(UserPrincipal user, String permission);

    /**
     * Where a user holds any of several permissions: the union of their {@link #scope scopes}, e.g. for a list that
     * keepers and viewers both read.
     *
     * @param user the user
     * @param permissions the permission ids
     * @return the union, {@link AccessScope#all()} as soon as one of them is unrestricted
     */
    default AccessScope scopeOfAny(UserPrincipal user, String... permissions) {
        java.util.Set<Long> units = new java.util.HashSet<>();
        for (String permission : permissions) {
            AccessScope scope = scope(user, permission);
            if (scope.unrestricted()) {
                return scope;
            }
            units.addAll(scope.unitIds());
        }
        return AccessScope.of(units);
    }
}
