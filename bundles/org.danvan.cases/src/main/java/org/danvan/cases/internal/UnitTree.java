package org.danvan.cases.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;

/** Unit subtrees, from the directory's cached tree. */
final class UnitTree {

    private UnitTree() {
    }

    /** The unit and its current descendants (breadth first; bounded by the size of a province). */
    static Set<Long> subtree(OrgUnitDirectory directory, long unitId) {
        Set<Long> units = new HashSet<>();
        List<Long> frontier = new ArrayList<>(List.of(unitId));
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (Long id : frontier) {
                if (units.add(id)) {
                    for (OrgUnitInfo child : directory.children(id)) {
                        next.add(child.id());
                    }
                }
            }
            frontier = next;
        }
        return units;
    }
}
