package org.danvan.cases.internal.testing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;

/**
 * Test stand-in for the identity core's access control: grants (user, permission, unit), each covering the unit's
 * subtree, as the real one does.
 */
public final class TestAccessControl implements AccessControl {

    private final OrgUnitDirectory directory;
    private final Map<Long, Map<String, Set<Long>>> grants = new HashMap<>();

    public TestAccessControl(OrgUnitDirectory directory) {
        this.directory = directory;
    }

    /** Grants permissions at a unit (and its subtree). */
    public TestAccessControl grant(UserPrincipal user, long unitId, String... permissions) {
        for (String permission : permissions) {
            grants.computeIfAbsent(user.userId(), u -> new HashMap<>())
                    .computeIfAbsent(permission, p -> new HashSet<>()).add(unitId);
        }
        return this;
    }

    @Override
    public boolean isPermitted(UserPrincipal user, String permission, long unitId) {
        return scope(user, permission).covers(unitId);
    }

    @Override
    public boolean isPermittedSomewhere(UserPrincipal user, String permission) {
        return !scope(user, permission).isEmpty();
    }

    @Override
    public AccessScope scope(UserPrincipal user, String permission) {
        Set<Long> roots = grants.getOrDefault(user.userId(), Map.of()).getOrDefault(permission, Set.of());
        Set<Long> covered = new HashSet<>();
        for (Long root : roots) {
            if (directory.find(root).map(u -> u.parentId() == null).orElse(false)) {
                return AccessScope.all();
            }
            collect(root, covered);
        }
        return AccessScope.of(covered);
    }

    private void collect(long unit, Set<Long> into) {
        if (into.add(unit)) {
            for (OrgUnitInfo child : directory.children(unit)) {
                collect(child.id(), into);
            }
        }
    }
}
