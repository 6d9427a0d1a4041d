package org.danvan.sdk.testing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.danvan.platform.api.module.ModuleEnablement;
import org.danvan.platform.api.module.ModuleUnits;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;

/**
 * {@link AccessControl} with the identity core's rules, on grants made in the test:
 * <ul>
 * <li>a permission granted at a unit covers that unit and its whole subtree; granted at a root unit, everything;</li>
 * <li>a record of a retired unit (merged, split) is covered where one of its current successors is covered;</li>
 * <li>a locked user is permitted nothing;</li>
 * <li>the decision is made on the grants, never on the permission set a {@link UserPrincipal} carries;</li>
 * <li>a module enabled only for some units ({@link #enableModuleOnlyAt}): its permissions (ids starting with
 * {@code moduleId.}) hold only in those units' subtrees.</li>
 * </ul>
 *
 * <pre>{@code
 * FakeUnits units = FakeUnits.sample();
 * FakeAccessControl access = new FakeAccessControl(units)
 *         .grant(CHAIR, FakeUnits.TIEN_DU, "noticeboard.view", "noticeboard.publish");
 * }</pre>
 */
public final class FakeAccessControl implements AccessControl {

    private final OrgUnitDirectory units;
    /** user id → permission → units where it is held. */
    private final Map<Long, Map<String, Set<Long>>> grants = new ConcurrentHashMap<>();
    private final Set<Long> locked = ConcurrentHashMap.newKeySet();
    /** module id → units whose subtrees have it; absent = everywhere. */
    private final Map<String, Set<Long>> moduleUnits = new ConcurrentHashMap<>();
    private final AtomicLong enablementGeneration = new AtomicLong();

    public FakeAccessControl(OrgUnitDirectory units) {
        this.units = units;
    }

    /** Grants permissions to a user at a unit (covering its subtree), as a role assignment there would. */
    public FakeAccessControl grant(UserPrincipal user, long unitId, String... permissions) {
        for (String permission : permissions) {
            grants.computeIfAbsent(user.userId(), u -> new ConcurrentHashMap<>())
                    .computeIfAbsent(permission, p -> ConcurrentHashMap.newKeySet()).add(unitId);
        }
        return this;
    }

    /** Takes back every permission of a user at a unit. */
    public FakeAccessControl revokeAll(UserPrincipal user, long unitId) {
        grants.getOrDefault(user.userId(), Map.of()).values().forEach(held -> held.remove(unitId));
        return this;
    }

    /** Locks (true) or unlocks a user's account: a locked user is permitted nothing. */
    public FakeAccessControl lock(UserPrincipal user, boolean lock) {
        if (lock) {
            locked.add(user.userId());
        } else {
            locked.remove(user.userId());
        }
        return this;
    }

    /**
     * Enables a module only for the subtrees of these units (none: nowhere); the permissions whose ids start with
     * {@code moduleId + "."} then hold only there, as the identity core applies module enablement.
     */
    public FakeAccessControl enableModuleOnlyAt(String moduleId, long... unitIds) {
        Set<Long> ids = new HashSet<>();
        for (long id : unitIds) {
            ids.add(id);
        }
        moduleUnits.put(moduleId, ids);
        enablementGeneration.incrementAndGet();
        return this;
    }

    /** Enables a module everywhere again (the default). */
    public FakeAccessControl enableModuleEverywhere(String moduleId) {
        moduleUnits.remove(moduleId);
        enablementGeneration.incrementAndGet();
        return this;
    }

    /**
     * The {@link ModuleEnablement} that agrees with this access control: what {@link #enableModuleOnlyAt} and
     * {@link #enableModuleEverywhere} set (a module never restricted is enabled everywhere), with the identity core's
     * subtree and successor rules. For a module's public page, which asks {@code ModuleEnablement} itself.
     * {@code setUnits} and {@code configure} change it as an administrator or the wanted-modules file would (no
     * permission check, nothing audited).
     *
     * @since 1.1
     */
    public ModuleEnablement moduleEnablement() {
        return new ModuleEnablement() {
            @Override
            public boolean isEnabled(String moduleId, long unitId) {
                return moduleEnabledAt(moduleId + ".", unitId);
            }

            @Override
            public boolean isEnabledForUser(String moduleId, UserPrincipal user) {
                Set<Long> enabled = moduleUnits.get(moduleId);
                if (enabled == null) {
                    return true;
                }
                if (user.orgUnitId() == null) {
                    return false;
                }
                Set<Long> around = subtree(user.orgUnitId());
                return isEnabled(moduleId, user.orgUnitId()) || enabled.stream().anyMatch(around::contains);
            }

            @Override
            public ModuleUnits units(String moduleId) {
                Set<Long> enabled = moduleUnits.get(moduleId);
                return enabled == null ? ModuleUnits.everywhereInstalled() : ModuleUnits.only(enabled);
            }

            @Override
            public void setUnits(String moduleId, ModuleUnits wanted, UserPrincipal by) {
                configure(moduleId, wanted, by.login());
            }

            @Override
            public void configure(String moduleId, ModuleUnits wanted, String source) {
                if (wanted.everywhere()) {
                    enableModuleEverywhere(moduleId);
                } else {
                    enableModuleOnlyAt(moduleId, wanted.unitIds().stream().mapToLong(Long::longValue).toArray());
                }
            }

            @Override
            public long generation() {
                return enablementGeneration.get();
            }
        };
    }

    private Set<Long> held(UserPrincipal user, String permission) {
        if (user == null || permission == null || locked.contains(user.userId())) {
            return Set.of();
        }
        return Set.copyOf(grants.getOrDefault(user.userId(), Map.of()).getOrDefault(permission, Set.of()));
    }

    @Override
    public boolean isPermitted(UserPrincipal user, String permission, long unitId) {
        Set<Long> held = held(user, permission);
        if (held.isEmpty() || !moduleEnabledAt(permission, unitId)) {
            return false;
        }
        if (isWithin(unitId, held)) {
            return true;
        }
        OrgUnitInfo unit = units.find(unitId).orElse(null);
        if (unit == null || unit.isCurrent()) {
            return false;
        }
        return units.currentSuccessors(unitId).stream().anyMatch(s -> isWithin(s.id(), held));
    }

    @Override
    public boolean isPermittedSomewhere(UserPrincipal user, String permission) {
        return !scope(user, permission).isEmpty();
    }

    @Override
    public AccessScope scope(UserPrincipal user, String permission) {
        Set<Long> held = held(user, permission);
        if (held.isEmpty()) {
            return AccessScope.none();
        }
        Set<Long> covered = new HashSet<>();
        for (Long unitId : held) {
            OrgUnitInfo unit = units.find(unitId).orElse(null);
            if (unit != null && unit.parentId() == null && moduleOf(permission) == null) {
                return AccessScope.all();
            }
            covered.addAll(subtree(unitId));
        }
        for (OrgUnitInfo retired : everyUnit()) {
            if (!retired.isCurrent() && !covered.contains(retired.id()) && units.currentSuccessors(retired.id())
                    .stream().anyMatch(s -> covered.contains(s.id()))) {
                covered.add(retired.id());
            }
        }
        covered.removeIf(unitId -> !moduleEnabledAt(permission, unitId));
        return AccessScope.of(covered);
    }

    /** The module restricted by {@link #enableModuleOnlyAt} that a permission belongs to, or {@code null}. */
    private String moduleOf(String permission) {
        for (String module : moduleUnits.keySet()) {
            if (permission.startsWith(module + ".")) {
                return module;
            }
        }
        return null;
    }

    private boolean moduleEnabledAt(String permission, long unitId) {
        String module = moduleOf(permission);
        if (module == null) {
            return true;
        }
        Set<Long> enabled = moduleUnits.get(module);
        if (isWithin(unitId, enabled)) {
            return true;
        }
        OrgUnitInfo unit = units.find(unitId).orElse(null);
        return unit != null && !unit.isCurrent()
                && units.currentSuccessors(unitId).stream().anyMatch(s -> isWithin(s.id(), enabled));
    }

    /** Whether the unit or one of its ancestors is among the given units. */
    private boolean isWithin(long unitId, Set<Long> tops) {
        return units.path(unitId).stream().anyMatch(u -> tops.contains(u.id()));
    }

    private Set<Long> subtree(long unitId) {
        Set<Long> ids = new HashSet<>();
        collect(unitId, ids, childrenIncludingRetired());
        return ids;
    }

    private static void collect(long unitId, Set<Long> into, Map<Long, Set<Long>> children) {
        if (into.add(unitId)) {
            for (Long child : children.getOrDefault(unitId, Set.of())) {
                collect(child, into, children);
            }
        }
    }

    /** The directory API lists current children only; retired units are found through their parents' paths. */
    private Map<Long, Set<Long>> childrenIncludingRetired() {
        Map<Long, Set<Long>> children = new HashMap<>();
        for (OrgUnitInfo unit : everyUnit()) {
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), p -> new HashSet<>()).add(unit.id());
            }
        }
        return children;
    }

    private Iterable<OrgUnitInfo> everyUnit() {
        if (units instanceof FakeUnits fake) {
            return fake.all();
        }
        // another directory: walk the current tree from its roots
        Set<OrgUnitInfo> found = new HashSet<>();
        for (OrgUnitInfo root : units.roots()) {
            walk(root, found);
        }
        return found;
    }

    private void walk(OrgUnitInfo unit, Set<OrgUnitInfo> into) {
        if (into.add(unit)) {
            units.children(unit.id()).forEach(child -> walk(child, into));
        }
    }
}
