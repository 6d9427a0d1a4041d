package org.danvan.platform.modules.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.karaf.features.BootFinished;
import org.danvan.platform.api.module.ModuleCapabilities;
import org.danvan.platform.api.module.ModuleEnablement;
import org.danvan.platform.api.module.ModuleInfo;
import org.danvan.platform.api.module.ModuleUnits;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wanted-modules file {@code etc/org.danvan.platform.modules.cfg}: the modules a server should have installed
 * and, per module, the units it is enabled for. Applied after Karaf's boot features are in (the {@link BootFinished}
 * reference), at every start and whenever the file changes; idempotent, one log line per module. Modules not listed
 * are left as administrators set them — the file never uninstalls anything.
 *
 * <pre>
 * install = noticeboard, grassroots
 * grassroots.units = 24003, 24007     # unit codes; * for the whole installation
 * </pre>
 */
@Component(immediate = true, configurationPid = WantedModules.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class WantedModules {

    static final String PID = "org.danvan.platform.modules";
    static final String SOURCE = "etc/" + PID + ".cfg";
    private static final Logger LOG = LoggerFactory.getLogger(WantedModules.class);
    private static final String UNITS_SUFFIX = ".units";

    private final ModuleManagerService modules;
    private final ModuleEnablement enablement;
    private final OrgUnitDirectory directory;
    /**
     * The file is applied here, never on the thread that activates or modifies this component. Installing a feature
     * starts bundles, and Felix starts a bundle only once the framework's start-level thread lets go of it; when the
     * boot features are in before the framework has reached its start level (a loaded machine), that thread is the
     * one activating this component, so waiting for the installation there stalled the start for the full 10 minutes
     * of the wait — seen in GrassrootsModuleIT and RestApiIT runs, which want a module in the file.
     */
    private final ExecutorService applier = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "danvan-wanted-modules");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public WantedModules(@Reference ModuleManagerService modules, @Reference ModuleEnablement enablement,
            @Reference OrgUnitDirectory directory, @Reference BootFinished bootFinished,
            Map<String, Object> configuration) {
        this.modules = modules;
        this.enablement = enablement;
        this.directory = directory;
        applyLater(configuration);
    }

    @Modified
    void modified(Map<String, Object> configuration) {
        applyLater(configuration);
    }

    @Deactivate
    void deactivate() {
        applier.shutdownNow();
    }

    private void applyLater(Map<String, Object> configuration) {
        Map<String, Object> copy = Map.copyOf(configuration);
        applier.execute(() -> {
            try {
                apply(copy);
            } catch (RuntimeException e) {
                LOG.warn("{} could not be applied: {}", SOURCE, e.toString(), e);
            }
        });
    }

    /** What the file asks for, read leniently: a bad entry is logged and skipped, the rest applies. */
    record Wanted(List<String> install, Map<String, String> units) {

        static Wanted of(Map<String, Object> configuration) {
            List<String> install = ModuleCapabilities.strings(configuration.get("install"));
            Map<String, String> units = new TreeMap<>();
            configuration.forEach((key, value) -> {
                if (key.endsWith(UNITS_SUFFIX) && value != null) {
                    units.put(key.substring(0, key.length() - UNITS_SUFFIX.length()), String.valueOf(value));
                }
            });
            return new Wanted(install, units);
        }
    }

    void apply(Map<String, Object> configuration) {
        Wanted wanted = Wanted.of(configuration);
        if (wanted.install().isEmpty() && wanted.units().isEmpty()) {
            return;
        }
        Map<String, ModuleInfo> known = new TreeMap<>();
        modules.modules().forEach(m -> known.put(m.id(), m));
        for (String id : wanted.install()) {
            ModuleInfo module = known.get(id);
            if (module == null) {
                LOG.warn("Module {}: wanted in {} but no feature repository offers it", id, SOURCE);
            } else if (module.installed()) {
                LOG.info("Module {}: already installed", id);
            } else {
                LOG.info("Module {}: installing (wanted in {})", id, SOURCE);
                try {
                    modules.installAsSystem(id).toCompletableFuture().get(10, TimeUnit.MINUTES);
                } catch (Exception e) {
                    LOG.warn("Module {}: not installed: {}", id, e.getMessage());
                }
            }
        }
        wanted.units().forEach(this::applyUnits);
    }

    private void applyUnits(String id, String codes) {
        ModuleUnits target;
        if (codes.trim().equals("*")) {
            target = ModuleUnits.everywhereInstalled();
        } else {
            Set<Long> ids = new HashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String code : ModuleCapabilities.strings(codes)) {
                directory.findByCode(code).map(OrgUnitInfo::id).ifPresentOrElse(ids::add, () -> unknown.add(code));
            }
            if (!unknown.isEmpty()) {
                LOG.warn("Module {}: enablement in {} names unknown unit codes {}; left unchanged", id, SOURCE,
                        unknown);
                return;
            }
            target = ModuleUnits.only(ids);
        }
        if (target.equals(enablement.units(id))) {
            LOG.info("Module {}: enablement as wanted ({})", id, codes.trim());
            return;
        }
        LOG.info("Module {}: enabling for {} (wanted in {})", id, codes.trim(), SOURCE);
        enablement.configure(id, target, SOURCE);
    }
}
