package org.danvan.platform.modules.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.karaf.features.Capability;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.danvan.platform.api.module.ModuleCapabilities;

/**
 * Reads which Karaf features are DanVan modules — those declaring
 * {@code <capability>danvan.module;id=...;vendor=...</capability>} — and what modules each needs, following the
 * feature dependencies through features that are not modules (the platform, libraries).
 */
public final class FeatureModules {

    /** One module feature: the newest version of a feature when several are known. */
    public record ModuleFeature(String id, String vendor, Feature feature, Set<String> needs) {
    }

    private final Map<String, ModuleFeature> byId;

    private FeatureModules(Map<String, ModuleFeature> byId) {
        this.byId = byId;
    }

    /** Indexes the features a repository set offers. */
    public static FeatureModules of(Feature[] features) {
        Map<String, List<Feature>> byName = new HashMap<>();
        Map<String, Feature> newestModule = new LinkedHashMap<>();
        Map<String, String> vendors = new HashMap<>();
        for (Feature feature : features) {
            byName.computeIfAbsent(feature.getName(), n -> new ArrayList<>()).add(feature);
            Map<String, String> capability = moduleCapability(feature);
            String id = capability.get(ModuleCapabilities.ID);
            if (id == null) {
                continue;
            }
            Feature known = newestModule.get(id);
            if (known == null || compareVersions(feature.getVersion(), known.getVersion()) > 0) {
                newestModule.put(id, feature);
                vendors.put(id, capability.getOrDefault(ModuleCapabilities.FEATURE_VENDOR, ""));
            }
        }
        Map<String, String> moduleOfFeature = new HashMap<>();
        newestModule.forEach((id, feature) -> moduleOfFeature.put(feature.getName(), id));
        Map<String, ModuleFeature> modules = new LinkedHashMap<>();
        newestModule.forEach((id, feature) -> modules.put(id, new ModuleFeature(id, vendors.get(id), feature,
                neededModules(feature, byName, moduleOfFeature))));
        return new FeatureModules(modules);
    }

    /** Modules reached through the feature's dependencies, stopping at each module found. */
    private static Set<String> neededModules(Feature start, Map<String, List<Feature>> byName,
            Map<String, String> moduleOfFeature) {
        Set<String> needs = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Deque<Feature> queue = new ArrayDeque<>();
        queue.add(start);
        seen.add(start.getName());
        while (!queue.isEmpty()) {
            Feature feature = queue.poll();
            for (Dependency dependency : feature.getDependencies()) {
                String name = dependency.getName();
                if (!seen.add(name)) {
                    continue;
                }
                String module = moduleOfFeature.get(name);
                if (module != null) {
                    needs.add(module);
                } else {
                    byName.getOrDefault(name, List.of()).forEach(queue::add);
                }
            }
        }
        return needs;
    }

    /** The attributes of the feature's {@code danvan.module} capability; empty when it is not a module. */
    static Map<String, String> moduleCapability(Feature feature) {
        List<? extends Capability> capabilities = feature.getCapabilities();
        if (capabilities == null) {
            return Map.of();
        }
        for (Capability capability : capabilities) {
            Map<String, String> parsed = parseClause(capability.getValue());
            if (ModuleCapabilities.MODULE_NAMESPACE.equals(parsed.get(""))) {
                return parsed;
            }
        }
        return Map.of();
    }

    /**
     * Parses one OSGi clause {@code namespace;a=1;b:String="x y"} into attributes; the namespace under the key
     * {@code ""}. Directives and types are dropped.
     */
    static Map<String, String> parseClause(String clause) {
        Map<String, String> result = new HashMap<>();
        if (clause == null) {
            return result;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : clause.trim().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                parts.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString().trim());
        result.put("", parts.get(0));
        for (String part : parts.subList(1, parts.size())) {
            int equals = part.indexOf('=');
            if (equals <= 0 || part.charAt(equals - 1) == ':') {
                continue; // a directive (a:=b) or not an attribute
            }
            String name = part.substring(0, equals).trim();
            int type = name.indexOf(':');
            result.put(type < 0 ? name : name.substring(0, type).trim(), part.substring(equals + 1).trim());
        }
        return result;
    }

    /** Dotted numeric versions compared part by part; a qualifier sorts after the bare number. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c;
            if (p.matches("\\d+") && q.matches("\\d+")) {
                c = Long.compare(Long.parseLong(p), Long.parseLong(q));
            } else {
                c = p.compareTo(q);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    public List<ModuleFeature> all() {
        return List.copyOf(byId.values());
    }

    public ModuleFeature find(String id) {
        return byId.get(id);
    }
}
