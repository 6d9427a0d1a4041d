package org.danvan.platform.api.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The units in which a user may exercise one permission, for filtering queries ({@code owner_unit_id IN (...)}).
 *
 * @param unrestricted true when the permission is held at a root unit, covering every unit of the installation
 * @param unitIds the covered unit ids when not unrestricted (empty when the permission is not held at all)
 */
public record AccessScope(boolean unrestricted, Set<Long> unitIds) {

    private static final AccessScope NONE = new AccessScope(false, Set.of());
    private static final AccessScope ALL = new AccessScope(true, Set.of());

    public AccessScope {
        unitIds = Set.copyOf(Objects.requireNonNull(unitIds, "unitIds"));
    }

    /** No unit at all. */
    public static AccessScope none() {
        return NONE;
    }

    /** Every unit. */
    public static AccessScope all() {
        return ALL;
    }

    /** Exactly these units. */
    public static AccessScope of(Set<Long> unitIds) {
        return unitIds.isEmpty() ? NONE : new AccessScope(false, unitIds);
    }

    /** Whether the scope covers a unit. */
    public boolean covers(long unitId) {
        return unrestricted || unitIds.contains(unitId);
    }

    /**
     * Those of the given units that the scope covers, in their order — e.g. the part of a unit's subtree a user may
     * read ({@code scope.coveredOf(directory.currentSubtree(unitId))}).
     */
    public Set<Long> coveredOf(Collection<Long> candidates) {
        Set<Long> covered = new LinkedHashSet<>();
        for (Long unitId : candidates) {
            if (covers(unitId)) {
                covered.add(unitId);
            }
        }
        return covered;
    }

    /** Whether nothing is covered. */
    public boolean isEmpty() {
        return !unrestricted && unitIds.isEmpty();
    }
}
