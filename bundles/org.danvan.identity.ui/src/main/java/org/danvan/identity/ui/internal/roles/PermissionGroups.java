package org.danvan.identity.ui.internal.roles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Permissions as the roles screen shows and stores them: grouped by module, unknown ones preserved. */
final class PermissionGroups {

    private PermissionGroups() {
    }

    /** The module a permission belongs to: the part of its id before the first dot ({@code case.resolve} → case). */
    static String moduleOf(String permissionId) {
        int dot = permissionId.indexOf('.');
        return dot <= 0 ? permissionId : permissionId.substring(0, dot);
    }

    /** Permission ids by module, modules and ids in alphabetical order. */
    static SortedMap<String, List<String>> byModule(Collection<String> permissionIds) {
        SortedMap<String, List<String>> groups = new TreeMap<>();
        for (String id : permissionIds) {
            groups.computeIfAbsent(moduleOf(id), m -> new ArrayList<>()).add(id);
        }
        groups.values().forEach(list -> list.sort(null));
        return groups;
    }

    /**
     * The permissions to store for a role: those ticked, plus those the role holds that no installed bundle
     * contributes now — a module uninstalled for a while must find its grants again when it comes back.
     */
    static Set<String> toStore(Set<String> held, Map<String, String> available, Set<String> ticked) {
        Set<String> result = new HashSet<>();
        for (String id : held) {
            if (!available.containsKey(id)) {
                result.add(id);
            }
        }
        for (String id : ticked) {
            if (available.containsKey(id)) {
                result.add(id);
            }
        }
        return result;
    }
}
