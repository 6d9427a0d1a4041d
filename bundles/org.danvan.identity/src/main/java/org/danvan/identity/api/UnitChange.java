package org.danvan.identity.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A change of the administrative geography as history shows it.
 *
 * @param kind what happened
 * @param effectiveOn the first day of the new state
 * @param predecessorIds units that ended (for a rename: the unit itself)
 * @param successorIds units that took over (for a rename: the unit itself)
 * @param oldName the name before a rename, {@code null} otherwise
 * @param newName the name after a rename, {@code null} otherwise
 * @param decision the legal act ordering the change (e.g. "Nghị quyết 1658/NQ-UBTVQH15"), may be {@code null}
 */
public record UnitChange(Kind kind, LocalDate effectiveOn, List<Long> predecessorIds, List<Long> successorIds,
        String oldName, String newName, String decision) {

    /** The kinds of change. */
    public enum Kind {
        CREATE, RENAME, MERGE, SPLIT, RETIRE
    }

    public UnitChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        predecessorIds = List.copyOf(predecessorIds);
        successorIds = List.copyOf(successorIds);
    }
}
