package org.danvan.reports.internal.view;

import java.util.ArrayList;
import java.util.List;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;

/**
 * The units a user can report on: the province, its direct units (communes, departments) and theirs, where the user
 * holds {@code case.view}. Three levels cover the two-level local government; deeper units are reported within
 * their parents' subtrees.
 */
final class ReportUnits {

    private static final int DEPTH = 3;

    private final OrgUnitDirectory directory;
    private final AccessControl access;

    ReportUnits(OrgUnitDirectory directory, AccessControl access) {
        this.directory = directory;
        this.access = access;
    }

    /** The units in tree order (parent before its children). */
    List<OrgUnitInfo> reportable(UserPrincipal user) {
        List<OrgUnitInfo> units = new ArrayList<>();
        for (OrgUnitInfo root : directory.roots()) {
            collect(user, root, 1, units);
        }
        return units;
    }

    private void collect(UserPrincipal user, OrgUnitInfo unit, int depth, List<OrgUnitInfo> units) {
        if (access.isPermitted(user, CasePermissions.VIEW, unit.id())) {
            units.add(unit);
        }
        if (depth < DEPTH) {
            for (OrgUnitInfo child : directory.children(unit.id())) {
                collect(user, child, depth + 1, units);
            }
        }
    }

    /** The depth of a unit below its root, for indenting the picker (0 for a root). */
    int depth(OrgUnitInfo unit) {
        return directory.path(unit.id()).size() - 1;
    }
}
