package org.danvan.platform.keys.internal.backup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before a restore replaces the database, stops every bundle that could read or write it meanwhile: DanVan's own
 * (screens, case engine, modules, scheduled jobs such as the citizens' mails, the daily job and the national export)
 * and any vendor's bundle built on the platform API. The stop is <em>transient</em>: the bundles keep their start
 * setting, so the restart the restore asks for brings every one of them back.
 * <p>
 * Kept running: what the restore itself uses (the API, the data source, the keys, the audit trail that records the
 * restore, and identity, which checked the administrator), and bundles that do no work of their own (no
 * components, no activator).
 */
final class Quiescence implements Supplier<List<String>> {

    static final Set<String> KEPT = Set.of("org.danvan.platform.api", "org.danvan.platform.keys",
            "org.danvan.platform.persistence", "org.danvan.audit", "org.danvan.identity");
    private static final String API = "org.danvan.platform.api";
    private static final Logger LOG = LoggerFactory.getLogger(Quiescence.class);

    private final BundleContext context;

    Quiescence(BundleContext context) {
        this.context = context;
    }

    /** Stops the bundles, newest first; returns the symbolic names of those stopped. */
    @Override
    public List<String> get() {
        List<Bundle> writers = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.ACTIVE && isWriter(bundle)) {
                writers.add(bundle);
            }
        }
        writers.sort(Comparator.comparingLong(Bundle::getBundleId).reversed());
        List<String> stopped = new ArrayList<>();
        for (Bundle bundle : writers) {
            try {
                bundle.stop(Bundle.STOP_TRANSIENT);
                stopped.add(bundle.getSymbolicName());
            } catch (BundleException | IllegalStateException e) {
                LOG.warn("Could not stop {} before the restore: {}", bundle.getSymbolicName(), e.toString());
            }
        }
        LOG.warn("Stopped {} bundles until DanVan restarts, so that nothing uses the database while the restore "
                + "replaces it: {}", stopped.size(), stopped);
        return stopped;
    }

    private static boolean isWriter(Bundle bundle) {
        String name = bundle.getSymbolicName();
        if (bundle.getBundleId() == 0 || name == null || KEPT.contains(name)) {
            return false;
        }
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null || (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
            return false;
        }
        if (bundle.getHeaders().get("Service-Component") == null
                && bundle.getHeaders().get("Bundle-Activator") == null) {
            return false;
        }
        return name.startsWith("org.danvan.") || importsTheApi(bundle);
    }

    private static boolean importsTheApi(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return false;
        }
        for (BundleWire wire : wiring.getRequiredWires(BundleRevision.PACKAGE_NAMESPACE)) {
            if (API.equals(wire.getProvider().getSymbolicName())) {
                return true;
            }
        }
        return false;
    }
}
