package org.danvan.identity.internal;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.danvan.platform.api.security.PermissionContribution;

/**
 * Knows the permissions bundles currently contribute and which roles hold them by default. Until roles become
 * editable (issue 3), a role holds exactly the permissions that name it in {@code defaultRoles()}.
 */
final class PermissionResolver {

    private final Collection<PermissionContribution> contributions = new CopyOnWriteArrayList<>();

    void add(PermissionContribution contribution) {
        contributions.add(contribution);
    }

    void remove(PermissionContribution contribution) {
        contributions.remove(contribution);
    }

    /** The ids of the permissions any of {@code roleIds} holds, sorted. */
    Set<String> permissionsOf(Collection<String> roleIds) {
        Set<String> granted = new TreeSet<>();
        for (PermissionContribution contribution : contributions) {
            Set<String> defaults = contribution.defaultRoles();
            if (defaults != null && roleIds.stream().anyMatch(defaults::contains)) {
                granted.add(contribution.id());
            }
        }
        return granted;
    }
}
