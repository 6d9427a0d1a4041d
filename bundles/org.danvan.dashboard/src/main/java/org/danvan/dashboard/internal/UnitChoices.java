package org.danvan.dashboard.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessScope;

/** The current units whose dashboard a user may open: those of the user's {@code case.view} scope. */
final class UnitChoices {

    /** More than a province has communes and agencies; keeps the selector bounded whatever the data. */
    static final int LIMIT = 5_000;

    private UnitChoices() {
    }

    /**
     * The units in tree order (each parent before its children) when the scope covers everything, otherwise the
     * covered current units sorted by name.
     */
    static List<OrgUnitInfo> of(OrgUnitDirectory directory, AccessScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        if (scope.unrestricted()) {
            return wholeTree(directory);
        }
        return scope.unitIds().stream().map(directory::find).flatMap(Optional::stream)
                .filter(OrgUnitInfo::isCurrent)
                .sorted(Comparator.comparing(OrgUnitInfo::name).thenComparing(OrgUnitInfo::code)).limit(LIMIT)
                .toList();
    }

    private static List<OrgUnitInfo> wholeTree(OrgUnitDirectory directory) {
        List<OrgUnitInfo> result = new ArrayList<>();
        Deque<OrgUnitInfo> pending = new ArrayDeque<>(directory.roots());
        while (!pending.isEmpty() && result.size() < LIMIT) {
            OrgUnitInfo unit = pending.pollFirst();
            result.add(unit);
            List<OrgUnitInfo> children = directory.children(unit.id());
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.addFirst(children.get(i));
            }
        }
        return result;
    }

    /** The unit to show first: the user's own unit if it can be chosen, else the first choice. */
    static Optional<OrgUnitInfo> preferred(List<OrgUnitInfo> choices, Long ownUnitId) {
        return choices.stream().filter(u -> ownUnitId != null && u.id() == ownUnitId).findFirst()
                .or(() -> choices.stream().findFirst());
    }
}
