package org.danvan.identity.internal.access;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.identity.internal.model.ModuleSetting;
import org.danvan.identity.internal.org.OrgUnitSnapshot;
import org.danvan.platform.api.module.ModuleUnits;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.persistence.api.EntityStore;

/**
 * Where each module is enabled, read from {@code idn_module_setting} and kept in memory (a handful of rows); answers
 * against the directory's tree snapshot. A configured unit that has since been merged or split away stands for its
 * current successors, so enabling a commune survives the commune's merger.
 */
public final class ModuleCoverage {

    private final EntityStore store;
    private volatile Map<String, ModuleUnits> settings = Map.of();

    public ModuleCoverage(EntityStore store) {
        this.store = store;
        reload();
    }

    /** Reads the settings again (after a change here or, later, on another node). */
    public void reload() {
        settings = store.read(em -> {
            Map<String, ModuleUnits> loaded = new HashMap<>();
            for (ModuleSetting s : em.createQuery("SELECT s FROM ModuleSetting s", ModuleSetting.class)
                    .getResultList()) {
                loaded.put(s.getModuleId(), s.isEverywhere() ? ModuleUnits.everywhereInstalled()
                        : ModuleUnits.only(s.getUnitIds()));
            }
            return Map.copyOf(loaded);
        });
    }

    /** Where a module is enabled; everywhere when nobody has configured it. */
    public ModuleUnits units(String moduleId) {
        return settings.getOrDefault(moduleId, ModuleUnits.everywhereInstalled());
    }

    /** The configured units with retired ones replaced by their current successors. */
    Set<Long> effectiveUnits(String moduleId, OrgUnitSnapshot tree) {
        Set<Long> effective = new HashSet<>();
        for (Long unitId : units(moduleId).unitIds()) {
            List<OrgUnitInfo> successors = tree.currentSuccessors(unitId);
            if (successors.isEmpty()) {
                effective.add(unitId); // unknown to this snapshot: keep as configured
            }
            successors.forEach(s -> effective.add(s.id()));
        }
        return effective;
    }

    /** Whether the unit (or, when retired, one of its current successors) lies in an enabled subtree. */
    public boolean isEnabled(String moduleId, long unitId, OrgUnitSnapshot tree) {
        ModuleUnits units = units(moduleId);
        if (units.everywhere()) {
            return true;
        }
        if (units.isNowhere()) {
            return false;
        }
        Set<Long> effective = effectiveUnits(moduleId, tree);
        if (tree.isWithin(unitId, effective) || tree.isWithin(unitId, units.unitIds())) {
            return true;
        }
        OrgUnitInfo unit = tree.find(unitId).orElse(null);
        if (unit == null || unit.isCurrent()) {
            return false;
        }
        return tree.currentSuccessors(unitId).stream().anyMatch(s -> tree.isWithin(s.id(), effective));
    }

    /** Whether the module is enabled at the unit, above it, or somewhere below it. */
    public boolean isEnabledAtOrBelow(String moduleId, long unitId, OrgUnitSnapshot tree) {
        if (isEnabled(moduleId, unitId, tree)) {
            return true;
        }
        for (Long enabled : effectiveUnits(moduleId, tree)) {
            if (tree.isWithin(enabled, Set.of(unitId))) {
                return true;
            }
        }
        return false;
    }
}
