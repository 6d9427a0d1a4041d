package org.danvan.platform.api.module;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Capability;

/**
 * The manifest capabilities written for {@link DanvanModule}, {@link DanvanPermission} and {@link DanvanTranslations},
 * and how to read them from an installed bundle. Vendors who write their manifest by hand use the same namespaces
 * and attributes in {@code Provide-Capability}.
 */
public final class ModuleCapabilities {

    /** Namespace of {@link DanvanModule}. */
    public static final String MODULE_NAMESPACE = "danvan.module";
    /** Namespace of {@link DanvanPermission}. */
    public static final String PERMISSION_NAMESPACE = "danvan.permission";
    /** Namespace of {@link DanvanTranslations}. */
    public static final String TRANSLATIONS_NAMESPACE = "danvan.translations";

    /** Attribute: a module's or permission's id. */
    public static final String ID = "id";
    /** Attribute: translation key of a module's name. */
    public static final String NAME = "name";
    /** Attribute: translation key of a module's description. */
    public static final String DESCRIPTION = "description";
    /** Attribute: translation key of a permission's label. */
    public static final String LABEL = "label";
    /** Attribute: default roles of a permission ({@code "*"}: all). */
    public static final String ROLES = "roles";
    /** Attribute: resource bundle base names. */
    public static final String BASENAMES = "basenames";

    /**
     * Capability of a Karaf feature that is a DanVan module: {@code <capability>danvan.module;id=noticeboard</capability>}
     * in the feature, with the same id as its bundles'. Attribute {@code vendor} names who ships it.
     */
    public static final String FEATURE_VENDOR = "vendor";

    private ModuleCapabilities() {
    }

    /** The id of the module a bundle belongs to; empty for platform bundles and libraries. */
    public static Optional<String> moduleOf(Bundle bundle) {
        return attributes(bundle, MODULE_NAMESPACE).stream().map(a -> a.get(ID)).filter(String.class::isInstance)
                .map(String.class::cast).findFirst();
    }

    /** The attributes of every capability a bundle declares in a namespace (empty for an uninstalled bundle). */
    public static List<Map<String, Object>> attributes(Bundle bundle, String namespace) {
        if (bundle == null) {
            return List.of();
        }
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return List.of();
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (Capability capability : revision.getCapabilities(namespace)) {
            result.add(capability.getAttributes());
        }
        return result;
    }

    /** A string or list-valued attribute as a list of strings. */
    public static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        String text = String.valueOf(value).trim();
        return text.isEmpty() ? List.of() : List.of(text.split("\\s*,\\s*"));
    }
}
