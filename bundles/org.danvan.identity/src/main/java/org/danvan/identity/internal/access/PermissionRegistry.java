package org.danvan.identity.internal.access;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.danvan.identity.internal.IdentityDatabase;
import org.danvan.identity.internal.model.PermissionSeen;
import org.danvan.identity.internal.model.Role;
import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.api.module.ModuleCapabilities;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.PersistenceException;

/**
 * The permissions that installed bundles contribute now. A permission seen for the <em>first time ever</em> is
 * granted to the stored roles its {@link PermissionContribution#defaultRoles()} names, and recorded in
 * {@code idn_permission_seen}; it is never granted again, so an administrator who removes it from a role keeps it
 * removed across restarts and reinstallations of the module, and a module installed later still gets its defaults.
 */
@Component(service = PermissionRegistry.class, immediate = true)
public class PermissionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PermissionRegistry.class);

    private final EntityStore store;
    private final AccessControlService access;
    private final Clock clock;
    private final Map<String, PermissionContribution> contributions = new ConcurrentHashMap<>();

    @Activate
    public PermissionRegistry(@Reference IdentityDatabase database, @Reference AccessControlService access) {
        this(database.store(), access, Clock.systemUTC());
    }

    public PermissionRegistry(EntityStore store, AccessControlService access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePermission")
    void bindPermission(PermissionContribution contribution, ServiceReference<PermissionContribution> reference) {
        addPermission(contribution, ModuleCapabilities.moduleOf(reference.getBundle()).orElse(null));
    }

    /** A permission of the platform itself (no module). */
    public void addPermission(PermissionContribution contribution) {
        addPermission(contribution, null);
    }

    /**
     * A permission contributed by a bundle of a module: it holds only where that module is enabled.
     *
     * @param moduleId the module of the contributing bundle, {@code null} for the platform's own
     */
    public void addPermission(PermissionContribution contribution, String moduleId) {
        String id = contribution.id();
        if (id == null || id.isBlank() || id.length() > 128) {
            LOG.error("Permission contribution {} ignored: bad id '{}'", contribution.getClass().getName(), id);
            return;
        }
        contributions.put(id, contribution);
        access.permissionBelongsTo(id, moduleId);
        try {
            if (grantIfFirstSeen(contribution)) {
                access.invalidateAll();
            }
        } catch (PersistenceException e) {
            // another node recorded it at the same moment, or the database is down: the next start tries again
            LOG.warn("Could not record the first sighting of permission {}", id, e);
        }
    }

    public void removePermission(PermissionContribution contribution) {
        contributions.remove(contribution.id(), contribution);
    }

    private boolean grantIfFirstSeen(PermissionContribution contribution) {
        Set<String> defaults = contribution.defaultRoles() == null ? Set.of() : contribution.defaultRoles();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        return store.inTransaction(em -> {
            if (em.find(PermissionSeen.class, contribution.id()) != null) {
                return false;
            }
            Set<String> granted = new TreeSet<>();
            for (String roleId : defaults) {
                Role role = em.find(Role.class, roleId);
                if (role != null) {
                    role.getPermissions().add(contribution.id());
                    granted.add(roleId);
                }
            }
            em.persist(new PermissionSeen(contribution.id(), now, String.join(",", granted)));
            LOG.info("Permission {} seen for the first time: granted to {}", contribution.id(), granted);
            return true;
        });
    }

    /** Whether a bundle contributes this permission now. */
    public boolean isContributed(String permission) {
        return contributions.containsKey(permission);
    }

    /** Permission id → label key of every permission contributed now, sorted by id. */
    public Map<String, String> available() {
        Map<String, String> result = new TreeMap<>();
        contributions.values().forEach(c -> result.put(c.id(), c.labelKey()));
        return result;
    }
}
