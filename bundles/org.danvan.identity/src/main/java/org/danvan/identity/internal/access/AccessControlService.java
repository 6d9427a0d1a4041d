package org.danvan.identity.internal.access;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.danvan.identity.internal.IdentityDatabase;
import org.danvan.identity.internal.model.Role;
import org.danvan.identity.internal.model.RoleAssignment;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.org.OrgUnitDirectoryService;
import org.danvan.identity.internal.org.OrgUnitSnapshot;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.persistence.api.EntityStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Decides from the <em>stored</em> role assignments (never from the permissions a principal carries): a role held at
 * a unit covers its subtree; a record of a retired unit is covered when the retired unit lies in a covered subtree
 * or any of its current successors does. Per-user grants are cached and dropped on every change of roles,
 * assignments or account state; the tree comes from the directory's in-memory snapshot.
 */
@Component(service = { AccessControl.class, AccessControlService.class }, immediate = true)
public class AccessControlService implements AccessControl {

    /** What one user holds: usable = active and not locked by an administrator; permission → units held at. */
    record Grants(boolean usable, Map<String, Set<Long>> unitsByPermission) {

        static final Grants NONE = new Grants(false, Map.of());

        Set<Long> unitsOf(String permission) {
            return usable ? unitsByPermission.getOrDefault(permission, Set.of()) : Set.of();
        }
    }

    private final EntityStore store;
    private final OrgUnitDirectoryService directory;
    private final ModuleCoverage modules;
    /** Permission id → the module whose bundle declares it; absent for the platform's own permissions. */
    private final Map<String, String> moduleOfPermission = new ConcurrentHashMap<>();
    private final Map<Long, Grants> cache = new ConcurrentHashMap<>();
    /** Bumped by every invalidation, so that a load racing with a change is not cached. */
    private final AtomicLong generation = new AtomicLong();

    @Activate
    public AccessControlService(@Reference IdentityDatabase database, @Reference OrgUnitDirectoryService directory) {
        this(database.store(), directory);
    }

    /** Outside OSGi (tests, tools): on a store opened elsewhere. */
    public static AccessControlService on(EntityStore store, OrgUnitDirectoryService directory) {
        return new AccessControlService(store, directory);
    }

    private AccessControlService(EntityStore store, OrgUnitDirectoryService directory) {
        this.store = store;
        this.directory = directory;
        this.modules = new ModuleCoverage(store);
    }

    /** Where modules are enabled; every permission of a module holds only there. */
    public ModuleCoverage modules() {
        return modules;
    }

    /** Records the module a contributed permission belongs to ({@code null}: the platform's own). */
    public void permissionBelongsTo(String permission, String moduleId) {
        if (moduleId == null) {
            moduleOfPermission.remove(permission);
        } else {
            moduleOfPermission.put(permission, moduleId);
        }
    }

    /** The module a permission belongs to, or {@code null}. */
    public String moduleOf(String permission) {
        return moduleOfPermission.get(permission);
    }

    /** The units where a user holds any role (for screens of a module that ask no permission). */
    public Set<Long> unitsWithRoles(long userId) {
        Grants grants = grantsOf(userId);
        if (!grants.usable()) {
            return Set.of();
        }
        Set<Long> units = new HashSet<>();
        grants.unitsByPermission().values().forEach(units::addAll);
        return units;
    }

    /** Drops the cached grants of one user (assignment, lock or activation changed). */
    public void invalidateUser(long userId) {
        generation.incrementAndGet();
        cache.remove(userId);
    }

    /** Drops every cached grant (role permissions changed). */
    public void invalidateAll() {
        generation.incrementAndGet();
        cache.clear();
    }

    Grants grantsOf(long userId) {
        Grants cached = cache.get(userId);
        if (cached != null) {
            return cached;
        }
        long seen = generation.get();
        Grants loaded = store.read(em -> {
            UserAccount user = em.find(UserAccount.class, userId);
            if (user == null) {
                return Grants.NONE;
            }
            List<RoleAssignment> assignments = em
                    .createQuery("SELECT r FROM RoleAssignment r WHERE r.userId = :u", RoleAssignment.class)
                    .setParameter("u", userId).getResultList();
            Map<String, Set<String>> roles = new HashMap<>();
            Map<String, Set<Long>> units = new HashMap<>();
            for (RoleAssignment assignment : assignments) {
                Set<String> permissions = roles.computeIfAbsent(assignment.getRoleId(), id -> {
                    Role role = em.find(Role.class, id);
                    return role == null ? Set.of() : Set.copyOf(role.getPermissions());
                });
                for (String permission : permissions) {
                    units.computeIfAbsent(permission, p -> new HashSet<>()).add(assignment.getOrgUnitId());
                }
            }
            units.replaceAll((p, ids) -> Set.copyOf(ids));
            return new Grants(user.isActive() && !user.isLocked(), Map.copyOf(units));
        });
        if (generation.get() == seen) {
            cache.put(userId, loaded);
        }
        return loaded;
    }

    @Override
    public boolean isPermitted(UserPrincipal user, String permission, long unitId) {
        if (user == null || permission == null) {
            return false;
        }
        Set<Long> held = grantsOf(user.userId()).unitsOf(permission);
        if (held.isEmpty()) {
            return false;
        }
        OrgUnitSnapshot tree = directory.snapshot();
        String module = moduleOf(permission);
        if (module != null && !modules.isEnabled(module, unitId, tree)) {
            return false;
        }
        if (tree.isWithin(unitId, held)) {
            return true;
        }
        OrgUnitInfo unit = tree.find(unitId).orElse(null);
        if (unit == null || unit.isCurrent()) {
            return false;
        }
        for (OrgUnitInfo successor : tree.currentSuccessors(unitId)) {
            if (tree.isWithin(successor.id(), held)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isPermittedSomewhere(UserPrincipal user, String permission) {
        if (user == null || permission == null) {
            return false;
        }
        return isUsableSomewhere(permission, grantsOf(user.userId()).unitsOf(permission));
    }

    /** Held at one of these units, where the permission's module is enabled at, above or below that unit. */
    private boolean isUsableSomewhere(String permission, Set<Long> held) {
        if (held.isEmpty()) {
            return false;
        }
        String module = moduleOf(permission);
        if (module == null) {
            return true;
        }
        OrgUnitSnapshot tree = directory.snapshot();
        return held.stream().anyMatch(unit -> modules.isEnabledAtOrBelow(module, unit, tree));
    }

    @Override
    public AccessScope scope(UserPrincipal user, String permission) {
        if (user == null || permission == null) {
            return AccessScope.none();
        }
        Set<Long> held = grantsOf(user.userId()).unitsOf(permission);
        if (held.isEmpty()) {
            return AccessScope.none();
        }
        OrgUnitSnapshot tree = directory.snapshot();
        Set<Long> covered = new HashSet<>();
        for (Long unitId : held) {
            OrgUnitInfo unit = tree.find(unitId).orElse(null);
            if (unit != null && unit.parentId() == null) {
                return restrictToModule(permission, tree);
            }
            covered.addAll(tree.subtree(unitId));
        }
        for (OrgUnitInfo retired : tree.retired()) {
            if (!covered.contains(retired.id()) && tree.currentSuccessors(retired.id()).stream()
                    .anyMatch(s -> covered.contains(s.id()))) {
                covered.add(retired.id());
            }
        }
        String module = moduleOf(permission);
        if (module != null) {
            covered.removeIf(unit -> !modules.isEnabled(module, unit, tree));
        }
        return AccessScope.of(covered);
    }

    /** Everywhere, narrowed to where the permission's module is enabled. */
    private AccessScope restrictToModule(String permission, OrgUnitSnapshot tree) {
        String module = moduleOf(permission);
        if (module == null || modules.units(module).everywhere()) {
            return AccessScope.all();
        }
        Set<Long> covered = new HashSet<>();
        for (Long unitId : modules.effectiveUnits(module, tree)) {
            covered.addAll(tree.subtree(unitId));
        }
        for (OrgUnitInfo retired : tree.retired()) {
            if (modules.isEnabled(module, retired.id(), tree)) {
                covered.add(retired.id());
            }
        }
        return AccessScope.of(covered);
    }

    /**
     * The permissions a usable user holds at any unit where their module is enabled (for menus), unfiltered by what
     * is contributed now.
     */
    public Set<String> permissionsHeldAnywhere(long userId) {
        Grants grants = grantsOf(userId);
        if (!grants.usable()) {
            return Set.of();
        }
        Set<String> usable = new HashSet<>();
        grants.unitsByPermission().forEach((permission, held) -> {
            if (isUsableSomewhere(permission, held)) {
                usable.add(permission);
            }
        });
        return Collections.unmodifiableSet(usable);
    }
}
