package org.danvan.reception.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;

/** Grants (user, permission, unit) held in memory; a grant covers the unit's subtree, as in the identity core. */
final class TestAccessControl implements AccessControl {

    private final TestOrgUnits units;
    private final Map<String, Set<Long>> grants = new ConcurrentHashMap<>();

    TestAccessControl(TestOrgUnits units) {
        this.units = units;
    }

    void grant(UserPrincipal user, String permission, long unitId) {
        grants.computeIfAbsent(user.userId() + "/" + permission, k -> ConcurrentHashMap.newKeySet()).add(unitId);
    }

    private Set<Long> grantedAt(UserPrincipal user, String permission) {
        return grants.getOrDefault(user.userId() + "/" + permission, Set.of());
    }

    @Override
    public boolean isPermitted(UserPrincipal user, String permission, long unitId) {
        Set<Long> granted = grantedAt(user, permission);
        return units.path(unitId).stream().anyMatch(u -> granted.contains(u.id()));
    }

    @Override
    public boolean isPermittedSomewhere(UserPrincipal user, String permission) {
        return !grantedAt(user, permission).isEmpty();
    }

    @Override
    public AccessScope scope(UserPrincipal user, String permission) {
        Set<Long> granted = grantedAt(user, permission);
        if (units.roots().stream().anyMatch(r -> granted.contains(r.id()))) {
            return AccessScope.all();
        }
        Set<Long> covered = new HashSet<>();
        for (OrgUnitInfo root : units.roots()) {
            collect(root, false, granted, covered);
        }
        return AccessScope.of(covered);
    }

    private void collect(OrgUnitInfo unit, boolean inherited, Set<Long> granted, Set<Long> covered) {
        boolean covers = inherited || granted.contains(unit.id());
        if (covers) {
            covered.add(unit.id());
        }
        for (OrgUnitInfo child : units.children(unit.id())) {
            collect(child, covers, granted, covered);
        }
    }
}
