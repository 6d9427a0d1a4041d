package org.danvan.identity.ui.internal.units;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.danvan.identity.api.UnitChange;
import org.danvan.platform.ui.kit.Translate;

/** One line of a unit's history in words: what happened, to which units. */
final class UnitHistoryText {

    private UnitHistoryText() {
    }

    /** The name a unit bore on a day (as {@link org.danvan.platform.api.org.OrgUnitDirectory#nameOn}). */
    @FunctionalInterface
    interface NameOn {
        String nameOn(long unitId, LocalDate day);
    }

    /**
     * One history line. Units are named as they were then: predecessors by their name the day before the change,
     * successors by their name on its first day, whatever later renames did.
     */
    static String describe(UnitChange change, NameOn names, Translate translate) {
        String key = "identity.ui.unit.change." + change.kind().name().toLowerCase(java.util.Locale.ROOT);
        LocalDate before = change.effectiveOn().minusDays(1);
        return switch (change.kind()) {
            case RENAME -> translate.text(key, change.oldName(), change.newName());
            case MERGE, SPLIT -> translate.text(key, joined(change.predecessorIds(), id -> names.nameOn(id, before)),
                    joined(change.successorIds(), id -> names.nameOn(id, change.effectiveOn())));
            case CREATE, RETIRE -> translate.text(key);
        };
    }

    /** The units a unit came from: predecessors of the merges and splits that produced it. */
    static List<Long> predecessorsOf(long unitId, List<UnitChange> history) {
        return history.stream()
                .filter(c -> c.kind() == UnitChange.Kind.MERGE || c.kind() == UnitChange.Kind.SPLIT)
                .filter(c -> c.successorIds().contains(unitId))
                .flatMap(c -> c.predecessorIds().stream()).filter(id -> id != unitId).distinct().toList();
    }

    private static String joined(List<Long> ids, LongFunction<String> names) {
        return ids.stream().map(names::apply).collect(Collectors.joining(", "));
    }
}
