package org.danvan.platform.modules.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import org.danvan.platform.api.i18n.TranslationContribution;
import org.danvan.platform.api.module.ModuleCapabilities;
import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.platform.api.security.Roles;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extender of {@code @DanvanPermission} and {@code @DanvanTranslations}: while a bundle declaring those manifest
 * capabilities is active, it registers a {@link PermissionContribution} per permission and a
 * {@link TranslationContribution} per resource bundle — in the bundle's own name, so they leave with it and the
 * identity core sees which bundle (and so which module) a permission comes from. A module needs no class for them.
 */
@Component(immediate = true)
public class CapabilityExtender {

    private static final Logger LOG = LoggerFactory.getLogger(CapabilityExtender.class);

    private final BundleTracker<List<ServiceRegistration<?>>> tracker;

    @Activate
    public CapabilityExtender(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public List<ServiceRegistration<?>> addingBundle(Bundle bundle, BundleEvent event) {
                List<ServiceRegistration<?>> registrations = register(bundle);
                return registrations.isEmpty() ? null : registrations;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, List<ServiceRegistration<?>> registrations) {
                for (ServiceRegistration<?> registration : registrations) {
                    try {
                        registration.unregister();
                    } catch (IllegalStateException alreadyGone) {
                        // the framework unregisters a stopped bundle's services itself
                    }
                }
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    private static List<ServiceRegistration<?>> register(Bundle bundle) {
        List<Map<String, Object>> permissions = ModuleCapabilities.attributes(bundle,
                ModuleCapabilities.PERMISSION_NAMESPACE);
        List<Map<String, Object>> translations = ModuleCapabilities.attributes(bundle,
                ModuleCapabilities.TRANSLATIONS_NAMESPACE);
        if (permissions.isEmpty() && translations.isEmpty()) {
            return List.of();
        }
        BundleContext context = bundle.getBundleContext();
        List<ServiceRegistration<?>> registrations = new ArrayList<>();
        if (context == null) {
            return registrations;
        }
        ClassLoader loader = bundle.adapt(BundleWiring.class).getClassLoader();
        for (Map<String, Object> attributes : translations) {
            for (String baseName : ModuleCapabilities.strings(attributes.get(ModuleCapabilities.BASENAMES))) {
                registrations.add(context.registerService(TranslationContribution.class,
                        new DeclaredTranslations(baseName, loader), null));
            }
        }
        for (Map<String, Object> attributes : permissions) {
            DeclaredPermission permission = DeclaredPermission.of(attributes);
            if (permission == null) {
                LOG.error("Bundle {} declares a danvan.permission without id or label: {}", bundle.getSymbolicName(),
                        attributes);
                continue;
            }
            registrations.add(context.registerService(PermissionContribution.class, permission, null));
        }
        LOG.debug("Bundle {}: {} declared contributions registered", bundle.getSymbolicName(), registrations.size());
        return registrations;
    }

    /** A {@code danvan.translations} base name, loaded through the declaring bundle's class loader. */
    record DeclaredTranslations(String baseName, ClassLoader loader) implements TranslationContribution {

        @Override
        public ResourceBundle resourceBundle(Locale locale) {
            return ResourceBundle.getBundle(baseName, locale, loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }
    }

    /** A {@code danvan.permission} capability. */
    record DeclaredPermission(String id, String labelKey, Set<String> defaultRoles) implements PermissionContribution {

        /** Reads the capability's attributes; {@code null} when id or label is missing. */
        static DeclaredPermission of(Map<String, Object> attributes) {
            Object id = attributes.get(ModuleCapabilities.ID);
            Object label = attributes.get(ModuleCapabilities.LABEL);
            if (id == null || label == null || String.valueOf(id).isBlank() || String.valueOf(label).isBlank()) {
                return null;
            }
            Set<String> roles = new LinkedHashSet<>();
            for (String role : ModuleCapabilities.strings(attributes.get(ModuleCapabilities.ROLES))) {
                if (role.equals("*")) {
                    roles.addAll(Roles.ALL);
                } else {
                    roles.add(role);
                }
            }
            return new DeclaredPermission(String.valueOf(id).trim(), String.valueOf(label).trim(), Set.copyOf(roles));
        }
    }
}
