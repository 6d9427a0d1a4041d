package org.danvan.platform.api.module;

import java.util.List;
import java.util.Objects;

/**
 * A module as administrators see it: a Karaf feature that declares the {@code danvan.module} capability.
 *
 * @param id module id, e.g. {@code noticeboard}
 * @param feature the Karaf feature that installs it
 * @param version the feature's version (the bundles' version once installed)
 * @param vendor who ships it
 * @param nameKey translation key of the name, known once installed; {@code null} before
 * @param descriptionKey translation key of the description, known once installed; {@code null} before
 * @param featureDescription the feature's own description (untranslated), shown while not installed
 * @param installed whether the feature is installed
 * @param needs ids of the modules this one needs (installed with it)
 * @param neededBy ids of the installed modules that need this one (it cannot be uninstalled while there are any)
 * @param units where it is enabled
 */
public record ModuleInfo(String id, String feature, String version, String vendor, String nameKey,
        String descriptionKey, String featureDescription, boolean installed, List<String> needs,
        List<String> neededBy, ModuleUnits units) {

    public ModuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(feature, "feature");
        needs = List.copyOf(needs);
        neededBy = List.copyOf(neededBy);
        Objects.requireNonNull(units, "units");
    }
}
