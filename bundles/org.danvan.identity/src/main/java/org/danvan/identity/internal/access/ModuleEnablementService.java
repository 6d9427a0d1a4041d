package org.danvan.identity.internal.access;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.danvan.identity.internal.IdentityAudit;
import org.danvan.identity.internal.IdentityDatabase;
import org.danvan.identity.internal.model.ModuleSetting;
import org.danvan.identity.internal.org.OrgUnitDirectoryService;
import org.danvan.identity.internal.org.OrgUnitSnapshot;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.module.ModuleEnablement;
import org.danvan.platform.api.module.ModuleEnablementListener;
import org.danvan.platform.api.module.ModuleManager;
import org.danvan.platform.api.module.ModuleUnits;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.persistence.api.EntityStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enables modules per unit. Reads go to the access service's {@link ModuleCoverage}, so that every permission
 * decision sees the same answer; writes are checked, stored with optimistic locking, audited, and told to the
 * {@link ModuleEnablementListener}s (open pages rebuild their menus).
 */
@Component(service = ModuleEnablement.class, immediate = true)
public class ModuleEnablementService implements ModuleEnablement {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleEnablementService.class);
    private static final String MODULE_ID = "[a-z][a-z0-9-]{0,63}";

    private final EntityStore store;
    private final AccessControlService access;
    private final OrgUnitDirectoryService directory;
    private final IdentityAudit audit;
    private final List<ModuleEnablementListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong generation = new AtomicLong();

    @Activate
    public ModuleEnablementService(@Reference IdentityDatabase database, @Reference AccessControlService access,
            @Reference OrgUnitDirectoryService directory, @Reference AuditTrail trail) {
        // One constructor only: Felix SCR chooses the activation constructor by its number of parameters, and a
        // second public constructor of the same arity made activation fail at random ("unsupported type").
        this.store = database.store();
        this.access = access;
        this.directory = directory;
        this.audit = new IdentityAudit(trail);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addListener(ModuleEnablementListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ModuleEnablementListener listener) {
        listeners.remove(listener);
    }

    @Override
    public boolean isEnabled(String moduleId, long unitId) {
        return access.modules().isEnabled(moduleId, unitId, directory.snapshot());
    }

    @Override
    public boolean isEnabledForUser(String moduleId, UserPrincipal user) {
        if (user == null) {
            return false;
        }
        ModuleCoverage modules = access.modules();
        if (modules.units(moduleId).everywhere()) {
            return true;
        }
        OrgUnitSnapshot tree = directory.snapshot();
        Set<Long> units = new HashSet<>(access.unitsWithRoles(user.userId()));
        if (user.orgUnitId() != null) {
            units.add(user.orgUnitId());
        }
        return units.stream().anyMatch(unit -> modules.isEnabledAtOrBelow(moduleId, unit, tree));
    }

    @Override
    public ModuleUnits units(String moduleId) {
        return access.modules().units(moduleId);
    }

    @Override
    public long generation() {
        return generation.get();
    }

    @Override
    public void setUnits(String moduleId, ModuleUnits units, UserPrincipal by) {
        Objects.requireNonNull(by, "by");
        OrgUnitSnapshot tree = validated(moduleId, units);
        checkMayChange(by, units(moduleId), units, tree);
        write(moduleId, units, tree, by.login(), by.userId(), null);
    }

    @Override
    public void configure(String moduleId, ModuleUnits units, String source) {
        OrgUnitSnapshot tree = validated(moduleId, units);
        write(moduleId, units, tree, IdentityAudit.SYSTEM, null, source);
    }

    private OrgUnitSnapshot validated(String moduleId, ModuleUnits units) {
        Objects.requireNonNull(units, "units");
        if (moduleId == null || !moduleId.matches(MODULE_ID)) {
            throw ValidationException.of("module", "platform.modules.error.unknown", String.valueOf(moduleId));
        }
        OrgUnitSnapshot tree = directory.snapshot();
        for (Long unitId : units.unitIds()) {
            if (tree.find(unitId).isEmpty()) {
                throw ValidationException.of("units", "platform.modules.error.unit-unknown", unitId);
            }
        }
        return tree;
    }

    private void write(String moduleId, ModuleUnits units, OrgUnitSnapshot tree, String actor, Long actorId,
            String source) {
        ModuleUnits before = units(moduleId);
        store.run(em -> {
            ModuleSetting setting = em.find(ModuleSetting.class, moduleId);
            if (setting == null) {
                setting = new ModuleSetting(moduleId);
                em.persist(setting);
            }
            setting.set(units.everywhere(), units.unitIds());
            audit.system(actor, actorId, "module.enablement", "module", moduleId, IdentityAudit.details("before",
                    describe(before, tree), "after", describe(units, tree), "source", source));
        });
        access.modules().reload();
        generation.incrementAndGet();
        LOG.info("Module {} enabled {} by {} (was {})", moduleId, describe(units, tree), actor,
                describe(before, tree));
        for (ModuleEnablementListener listener : listeners) {
            try {
                listener.enablementChanged(moduleId);
            } catch (RuntimeException e) {
                LOG.error("Enablement listener {} failed for module {}", listener.getClass().getName(), moduleId, e);
            }
        }
    }

    /**
     * The administrator must hold the manage permission at every unit added or removed, and at a root to switch
     * "everywhere" on or off.
     */
    private void checkMayChange(UserPrincipal by, ModuleUnits before, ModuleUnits after, OrgUnitSnapshot tree) {
        Set<Long> changed = new HashSet<>(after.unitIds());
        changed.addAll(before.unitIds());
        changed.removeIf(id -> before.unitIds().contains(id) && after.unitIds().contains(id));
        if (before.everywhere() != after.everywhere()) {
            tree.roots().stream().map(OrgUnitInfo::id).forEach(changed::add);
        }
        for (Long unitId : changed) {
            if (!access.isPermitted(by, ModuleManager.MANAGE_PERMISSION, unitId)) {
                throw new AccessDeniedException(by.login(), ModuleManager.MANAGE_PERMISSION, unitId);
            }
        }
    }

    private static String describe(ModuleUnits units, OrgUnitSnapshot tree) {
        if (units.everywhere()) {
            return "*";
        }
        if (units.isNowhere()) {
            return "-";
        }
        Set<String> codes = new TreeSet<>();
        units.unitIds().forEach(id -> codes.add(tree.find(id).map(OrgUnitInfo::code).orElse("#" + id)));
        return String.join(",", codes);
    }
}
