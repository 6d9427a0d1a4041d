package org.danvan.platform.modules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.apache.karaf.features.DeploymentEvent;
import org.apache.karaf.features.DeploymentListener;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.module.ModuleCapabilities;
import org.danvan.platform.api.module.ModuleEnablement;
import org.danvan.platform.api.module.ModuleInfo;
import org.danvan.platform.api.module.ModuleManager;
import org.danvan.platform.api.module.ModuleProgress;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.modules.internal.FeatureModules.ModuleFeature;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Modules are Karaf features with the {@code danvan.module} capability; this service installs and removes them one
 * at a time on a background thread (Karaf resolves and starts bundles meanwhile), reports Karaf's deployment steps,
 * refuses to remove a module another installed module needs, and audits every change. Data stays in the database
 * when a module leaves.
 */
@Component(service = { ModuleManager.class, ModuleManagerService.class }, immediate = true)
public class ModuleManagerService implements ModuleManager {

    /** Actor of changes the server makes by itself (the wanted-modules file). */
    static final String SYSTEM = "system";

    private static final Logger LOG = LoggerFactory.getLogger(ModuleManagerService.class);

    private final BundleContext context;
    private final FeaturesService features;
    private final ModuleEnablement enablement;
    private final AccessControl access;
    private final OrgUnitDirectory units;
    private final AuditTrail audit;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "danvan-modules");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public ModuleManagerService(BundleContext context, @Reference FeaturesService features,
            @Reference ModuleEnablement enablement, @Reference AccessControl access, @Reference OrgUnitDirectory units,
            @Reference AuditTrail audit) {
        this.context = context;
        this.features = features;
        this.enablement = enablement;
        this.access = access;
        this.units = units;
        this.audit = audit;
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
    }

    private FeatureModules index() {
        try {
            return FeatureModules.of(features.listFeatures());
        } catch (Exception e) {
            throw new IllegalStateException("Karaf cannot list its features", e);
        }
    }

    @Override
    public List<ModuleInfo> modules() {
        FeatureModules index = index();
        Map<String, DeclaredModule> declared = declaredModules();
        Set<String> installed = new TreeSet<>();
        for (ModuleFeature module : index.all()) {
            if (features.isInstalled(module.feature())) {
                installed.add(module.id());
            }
        }
        List<ModuleInfo> result = new ArrayList<>();
        for (ModuleFeature module : index.all()) {
            result.add(info(module, index, installed, declared.get(module.id())));
        }
        result.sort((a, b) -> a.id().compareTo(b.id()));
        return result;
    }

    @Override
    public Optional<ModuleInfo> find(String id) {
        return modules().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    private ModuleInfo info(ModuleFeature module, FeatureModules index, Set<String> installed,
            DeclaredModule declared) {
        List<String> neededBy = new ArrayList<>();
        for (String other : installed) {
            if (!other.equals(module.id()) && needsTransitively(other, module.id(), index)) {
                neededBy.add(other);
            }
        }
        boolean isInstalled = installed.contains(module.id());
        Feature feature = module.feature();
        return new ModuleInfo(module.id(), feature.getName(),
                isInstalled && declared != null ? declared.version() : feature.getVersion(), module.vendor(),
                declared == null ? null : declared.nameKey(), declared == null ? null : declared.descriptionKey(),
                feature.getDescription(), isInstalled, List.copyOf(module.needs()), neededBy,
                enablement.units(module.id()));
    }

    private static boolean needsTransitively(String from, String target, FeatureModules index) {
        Set<String> seen = new TreeSet<>();
        List<String> queue = new ArrayList<>(List.of(from));
        while (!queue.isEmpty()) {
            ModuleFeature current = index.find(queue.remove(0));
            if (current == null) {
                continue;
            }
            for (String need : current.needs()) {
                if (need.equals(target)) {
                    return true;
                }
                if (seen.add(need)) {
                    queue.add(need);
                }
            }
        }
        return false;
    }

    /** Name, description and version of each installed module, from the bundle that names it. */
    private record DeclaredModule(String nameKey, String descriptionKey, String version) {
    }

    private Map<String, DeclaredModule> declaredModules() {
        Map<String, DeclaredModule> result = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            if ((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) == 0) {
                continue;
            }
            for (Map<String, Object> attributes : ModuleCapabilities.attributes(bundle,
                    ModuleCapabilities.MODULE_NAMESPACE)) {
                Object id = attributes.get(ModuleCapabilities.ID);
                Object name = attributes.get(ModuleCapabilities.NAME);
                if (id != null && name != null && !String.valueOf(name).isBlank()) {
                    Object description = attributes.get(ModuleCapabilities.DESCRIPTION);
                    result.put(String.valueOf(id), new DeclaredModule(String.valueOf(name),
                            description == null ? null : String.valueOf(description),
                            bundle.getVersion().toString()));
                }
            }
        }
        return result;
    }

    @Override
    public CompletionStage<ModuleInfo> install(String id, UserPrincipal by, Consumer<ModuleProgress> progress) {
        checkMayManage(by);
        return change(id, true, by.login(), by.userId(), progress);
    }

    @Override
    public CompletionStage<ModuleInfo> uninstall(String id, UserPrincipal by, Consumer<ModuleProgress> progress) {
        checkMayManage(by);
        return change(id, false, by.login(), by.userId(), progress);
    }

    /** Installs a module for the server itself (the wanted-modules file); no user, audited as the system. */
    CompletionStage<ModuleInfo> installAsSystem(String id) {
        return change(id, true, SYSTEM, null, step -> {
        });
    }

    private void checkMayManage(UserPrincipal by) {
        for (OrgUnitInfo root : units.roots()) {
            access.check(by, MANAGE_PERMISSION, root.id());
        }
        if (units.roots().isEmpty()) {
            throw new AccessDeniedException(by.login(), MANAGE_PERMISSION, 0);
        }
    }

    private CompletionStage<ModuleInfo> change(String id, boolean install, String actor, Long actorId,
            Consumer<ModuleProgress> progress) {
        CompletableFuture<ModuleInfo> result = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                result.complete(changeNow(id, install, actor, actorId, progress));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private ModuleInfo changeNow(String id, boolean install, String actor, Long actorId,
            Consumer<ModuleProgress> progress) {
        FeatureModules index = index();
        ModuleFeature module = id == null ? null : index.find(id);
        if (module == null) {
            throw ValidationException.of("module", "platform.modules.error.unknown", String.valueOf(id));
        }
        Feature feature = module.feature();
        boolean installed = features.isInstalled(feature);
        if (install == installed) {
            progress.accept(ModuleProgress.FINISHED);
            return find(id).orElseThrow();
        }
        if (!install) {
            List<String> neededBy = find(id).map(ModuleInfo::neededBy).orElse(List.of());
            if (!neededBy.isEmpty()) {
                throw ValidationException.of("module", "platform.modules.error.needed", id,
                        String.join(", ", neededBy));
            }
        }
        AtomicBoolean started = new AtomicBoolean();
        DeploymentListener listener = event -> {
            if (event == DeploymentEvent.DEPLOYMENT_STARTED) {
                started.set(true);
            }
            if (started.get()) {
                progress.accept(switch (event) {
                    case DEPLOYMENT_STARTED -> ModuleProgress.RESOLVING;
                    case BUNDLES_INSTALLED -> ModuleProgress.CHANGING_BUNDLES;
                    case BUNDLES_RESOLVED -> ModuleProgress.STARTING;
                    case DEPLOYMENT_FINISHED -> ModuleProgress.FINISHED;
                });
            }
        };
        String action = install ? "module.install" : "module.uninstall";
        long began = System.nanoTime();
        features.registerListener(listener);
        try {
            if (install) {
                features.installFeature(feature.getName(), feature.getVersion());
            } else {
                features.uninstallFeature(feature.getName(), feature.getVersion());
            }
        } catch (Exception e) {
            LOG.warn("Module {}: Karaf could not {} feature {}/{}: {}", id, install ? "install" : "uninstall",
                    feature.getName(), feature.getVersion(), e.getMessage(), e);
            record(action + ".failed", actor, actorId, id, Map.of("feature", feature.getName() + "/"
                    + feature.getVersion(), "reason", clip(String.valueOf(e.getMessage()))));
            throw ValidationException.of("module", install ? "platform.modules.error.unresolvable"
                    : "platform.modules.error.uninstall-failed", id);
        } finally {
            features.unregisterListener(listener);
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        LOG.info("Module {} {} by {} in {} ms (feature {}/{})", id, install ? "installed" : "uninstalled", actor,
                millis, feature.getName(), feature.getVersion());
        record(action, actor, actorId, id, Map.of("feature", feature.getName() + "/" + feature.getVersion()));
        progress.accept(ModuleProgress.FINISHED);
        return find(id).orElseThrow();
    }

    private void record(String action, String actor, Long actorId, String moduleId, Map<String, String> details) {
        audit.record(new AuditEvent(action, actor, actorId, "module", moduleId, null, details, null));
    }

    private static String clip(String text) {
        return text.length() > 240 ? text.substring(0, 240) : text;
    }
}
