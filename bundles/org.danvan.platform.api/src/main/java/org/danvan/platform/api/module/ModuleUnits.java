package org.danvan.platform.api.module;

import java.util.Objects;
import java.util.Set;

/**
 * Where a module is enabled: everywhere in the installation, or in the subtrees of some units. A module nobody has
 * configured yet is enabled everywhere, so a commune server only installs it.
 *
 * @param everywhere true for the whole installation
 * @param unitIds the units whose subtrees have the module, when not everywhere (empty: nowhere)
 */
public record ModuleUnits(boolean everywhere, Set<Long> unitIds) {

    private static final ModuleUnits EVERYWHERE = new ModuleUnits(true, Set.of());

    public ModuleUnits {
        unitIds = everywhere ? Set.of() : Set.copyOf(Objects.requireNonNull(unitIds, "unitIds"));
    }

    /** The whole installation. */
    public static ModuleUnits everywhereInstalled() {
        return EVERYWHERE;
    }

    /** Exactly the subtrees of these units. */
    public static ModuleUnits only(Set<Long> unitIds) {
        return new ModuleUnits(false, unitIds);
    }

    /** Whether the module is enabled nowhere. */
    public boolean isNowhere() {
        return !everywhere && unitIds.isEmpty();
    }
}
