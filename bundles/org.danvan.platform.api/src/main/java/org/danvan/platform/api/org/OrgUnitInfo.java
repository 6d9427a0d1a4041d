package org.danvan.platform.api.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An org unit as other bundles see it: immutable.
 *
 * @param id database id
 * @param code official code (e.g. the national administrative code of a commune), unique
 * @param name current (or, for a retired unit, last) Vietnamese name
 * @param kind kind id, one of {@link OrgUnitKinds}
 * @param parentId id of the parent unit, {@code null} for a root
 * @param validFrom first day the unit exists
 * @param validTo last day the unit exists, {@code null} while it is current
 * @param successorIds ids of the units that took over this one (merge, split), empty if none
 */
public record OrgUnitInfo(long id, String code, String name, String kind, Long parentId, LocalDate validFrom,
        LocalDate validTo, List<Long> successorIds) {

    public OrgUnitInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validFrom, "validFrom");
        successorIds = List.copyOf(successorIds);
    }

    /** Whether the unit exists on a day. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the unit is current (not retired). */
    public boolean isCurrent() {
        return validTo == null;
    }
}
