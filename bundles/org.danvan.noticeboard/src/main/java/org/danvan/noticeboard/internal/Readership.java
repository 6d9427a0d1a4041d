package org.danvan.noticeboard.internal;

import java.util.HashSet;
import java.util.Set;

import org.danvan.noticeboard.api.NoticeBoardPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;

/**
 * Whose notices a reader sees: those of the units where the reader may read the notice board (the subtrees below
 * the units where {@link NoticeBoardPermissions#VIEW} is held, as access control answers) and those of every unit
 * above them, whose notices are addressed to their whole subtree.
 *
 * @param everything the reader sees every notice
 * @param unitIds the units whose notices the reader sees, when not everything (empty: none)
 */
record Readership(boolean everything, Set<Long> unitIds) {

    static Readership of(UserPrincipal reader, AccessControl access, OrgUnitDirectory units) {
        AccessScope scope = access.scope(reader, NoticeBoardPermissions.VIEW);
        if (scope.unrestricted()) {
            return new Readership(true, Set.of());
        }
        Set<Long> visible = new HashSet<>(scope.unitIds());
        for (Long unitId : scope.unitIds()) {
            OrgUnitInfo unit = units.find(unitId).orElse(null);
            // the path of a covered unit whose parent is covered too adds nothing new
            if (unit != null && (unit.parentId() == null || !scope.unitIds().contains(unit.parentId()))) {
                units.path(unitId).forEach(above -> visible.add(above.id()));
            }
        }
        return new Readership(false, Set.copyOf(visible));
    }

    boolean isNobody() {
        return !everything && unitIds.isEmpty();
    }

    /** Whether a notice of this unit ({@code null}: published before notices had units) is read. */
    boolean reads(Long unitId) {
        if (everything) {
            return true;
        }
        return unitId == null ? !isNobody() : unitIds.contains(unitId);
    }
}
