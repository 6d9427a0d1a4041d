package org.danvan.identity.internal.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.api.RoleAssignmentInfo;
import org.danvan.identity.api.RoleInfo;
import org.danvan.platform.api.security.Roles;
import org.danvan.identity.internal.IdentityAudit;
import org.danvan.identity.internal.IdentityDatabase;
import org.danvan.identity.internal.ManageRolesPermission;
import org.danvan.identity.internal.ManageUsersPermission;
import org.danvan.identity.internal.model.Role;
import org.danvan.identity.internal.model.RoleAssignment;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.org.OrgUnitDirectoryService;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.EntityStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Roles and assignments. Editing a role's permissions touches only the permissions contributed now: those of a
 * module that is uninstalled at the moment stay in the role as they were, so reinstalling the module does not find
 * them silently dropped by an edit made meanwhile.
 */
@Component(service = RoleAdmin.class, immediate = true)
public class RoleAdminService implements RoleAdmin {

    private static final Pattern ROLE_ID = Pattern.compile("[a-z0-9-]{3,64}");

    private final EntityStore store;
    private final OrgUnitDirectoryService directory;
    private final AccessControlService access;
    private final PermissionRegistry permissions;
    private final IdentityAudit audit;

    @Activate
    public RoleAdminService(@Reference IdentityDatabase database, @Reference OrgUnitDirectoryService directory,
            @Reference AccessControlService access, @Reference PermissionRegistry permissions,
            @Reference AuditTrail auditTrail) {
        this(database.store(), directory, access, permissions, new IdentityAudit(auditTrail));
    }

    /** Outside OSGi (tests, tools): on a store opened elsewhere. */
    public static RoleAdminService on(EntityStore store, OrgUnitDirectoryService directory,
            AccessControlService access, PermissionRegistry permissions, IdentityAudit audit) {
        return new RoleAdminService(store, directory, access, permissions, audit);
    }

    private RoleAdminService(EntityStore store, OrgUnitDirectoryService directory, AccessControlService access,
            PermissionRegistry permissions, IdentityAudit audit) {
        this.store = store;
        this.directory = directory;
        this.access = access;
        this.permissions = permissions;
        this.audit = audit;
    }

    private static RoleInfo info(Role role) {
        return new RoleInfo(role.getId(), role.getName(), role.isBuiltIn(), role.getPermissions(), role.getVersion());
    }

    @Override
    public List<RoleInfo> roles() {
        return store.read(em -> em.createQuery("SELECT r FROM Role r", Role.class).getResultList().stream()
                .sorted(Comparator.comparing((Role r) -> !r.isBuiltIn())
                        .thenComparing(r -> Roles.ALL.indexOf(r.getId()))
                        .thenComparing(Role::getId))
                .map(RoleAdminService::info).toList());
    }

    @Override
    public Map<String, String> availablePermissions() {
        return permissions.available();
    }

    /** Role administration needs {@code identity.roles.manage} held at a root unit: roles are installation-wide. */
    private void requireRoleManager(UserPrincipal actor) {
        if (!access.scope(actor, ManageRolesPermission.ID).unrestricted()) {
            throw new AccessDeniedException(actor.login(), ManageRolesPermission.ID, -1);
        }
    }

    private List<Violation> unknownPermissions(Set<String> requested) {
        List<Violation> violations = new ArrayList<>();
        for (String permission : new TreeSet<>(requested)) {
            if (!permissions.isContributed(permission)) {
                violations.add(Violation.of("permissions", "identity.role.permission.unknown", permission));
            }
        }
        return violations;
    }

    @Override
    public RoleInfo createRole(UserPrincipal actor, String id, String name, Set<String> rolePermissions) {
        requireRoleManager(actor);
        Set<String> requested = rolePermissions == null ? Set.of() : rolePermissions;
        String cleanName = name == null ? "" : name.strip();
        List<Violation> violations = new ArrayList<>();
        if (id == null || !ROLE_ID.matcher(id).matches()) {
            violations.add(Violation.of("id", "identity.role.id.invalid"));
        }
        if (cleanName.isEmpty() || cleanName.length() > 255) {
            violations.add(Violation.of("name", "identity.role.name.invalid"));
        }
        violations.addAll(unknownPermissions(requested));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        RoleInfo created;
        try {
            created = IdentityAudit.recorded(store, em -> {
                if (em.find(Role.class, id) != null) {
                    throw ValidationException.of("id", "identity.role.id.taken", id);
                }
                Role role = new Role(id, cleanName, false);
                role.getPermissions().addAll(requested);
                em.persist(role);
                em.flush();
                return info(role);
            }, role -> audit.change(actor, "identity.role.created", "role", id, null, IdentityAudit.details("name",
                    cleanName, "permissions", String.join(",", new TreeSet<>(requested)))));
        } catch (PersistenceException e) {
            if (store.read(em -> em.find(Role.class, id)) != null) {
                throw ValidationException.of("id", "identity.role.id.taken", id);
            }
            throw e;
        }
        return created;
    }

    @Override
    public RoleInfo setPermissions(UserPrincipal actor, String roleId, long version, Set<String> rolePermissions) {
        requireRoleManager(actor);
        Set<String> requested = rolePermissions == null ? Set.of() : rolePermissions;
        List<Violation> violations = unknownPermissions(requested);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Set<String> contributed = permissions.available().keySet();
        Set<String> added = new TreeSet<>();
        Set<String> removed = new TreeSet<>();
        RoleInfo updated = IdentityAudit.recorded(store, em -> {
            Role role = em.find(Role.class, roleId);
            if (role == null) {
                throw ValidationException.of("roleId", "identity.role.unknown", roleId);
            }
            if (role.getVersion() != version) {
                throw new OptimisticLockException("role " + roleId + " is at version " + role.getVersion());
            }
            Set<String> next = new TreeSet<>(role.getPermissions());
            next.removeIf(contributed::contains);
            next.addAll(requested);
            added.addAll(next);
            added.removeAll(role.getPermissions());
            removed.addAll(role.getPermissions());
            removed.removeAll(next);
            role.getPermissions().retainAll(next);
            role.getPermissions().addAll(next);
            em.lock(role, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return info(role);
        }, role -> audit.change(actor, "identity.role.permissions-changed", "role", roleId, null,
                IdentityAudit.details("added", String.join(",", added), "removed", String.join(",", removed))));
        access.invalidateAll();
        return updated;
    }

    @Override
    public List<RoleAssignmentInfo> assignmentsOf(long userId) {
        return store.read(em -> {
            UserAccount user = em.find(UserAccount.class, userId);
            if (user == null) {
                return List.of();
            }
            return em.createQuery("SELECT r FROM RoleAssignment r WHERE r.userId = :u ORDER BY r.roleId, r.id",
                    RoleAssignment.class).setParameter("u", userId).getResultList().stream()
                    .map(r -> new RoleAssignmentInfo(r.getId(), userId, user.getLogin(), r.getRoleId(),
                            r.getOrgUnitId()))
                    .toList();
        });
    }

    @Override
    public RoleAssignmentInfo assign(UserPrincipal actor, long userId, String roleId, long unitId) {
        OrgUnitInfo unit = directory.find(unitId).filter(OrgUnitInfo::isCurrent)
                .orElseThrow(() -> ValidationException.of("unitId", "identity.user.unit.unknown",
                        String.valueOf(unitId)));
        access.check(actor, ManageUsersPermission.ID, unitId);
        Role role = store.read(em -> em.find(Role.class, Objects.requireNonNullElse(roleId, "")));
        if (role == null) {
            throw ValidationException.of("roleId", "identity.role.unknown", roleId);
        }
        List<Violation> notHeld = new ArrayList<>();
        // whoever may edit every role at the root could grant themselves any permission first: the rule would only
        // get in their way; it protects against a local user manager widening someone's rights beyond their own
        boolean roleManager = access.scope(actor, ManageRolesPermission.ID).unrestricted();
        for (String permission : roleManager ? Set.<String>of() : new TreeSet<>(role.getPermissions())) {
            if (!access.isPermitted(actor, permission, unitId)) {
                notHeld.add(Violation.of("roleId", "identity.role.permission.not-held", permission));
            }
        }
        if (!notHeld.isEmpty()) {
            throw new ValidationException(notHeld);
        }
        RoleAssignmentInfo created;
        try {
            created = IdentityAudit.recorded(store, em -> {
                UserAccount user = em.find(UserAccount.class, userId);
                if (user == null) {
                    throw ValidationException.of("userId", "identity.user.not-found");
                }
                if (exists(em, userId, roleId, unitId)) {
                    throw ValidationException.of("roleId", "identity.assignment.exists");
                }
                RoleAssignment assignment = new RoleAssignment(userId, roleId, unitId);
                em.persist(assignment);
                em.flush();
                return new RoleAssignmentInfo(assignment.getId(), userId, user.getLogin(), roleId, unitId);
            }, assigned -> audit.change(actor, "identity.role.assigned", "user", userId, unitId,
                    IdentityAudit.details("login", assigned.login(), "role", roleId, "unit", unit.code())));
        } catch (PersistenceException e) {
            if (store.read(em -> exists(em, userId, roleId, unitId))) {
                throw ValidationException.of("roleId", "identity.assignment.exists");
            }
            throw e;
        }
        access.invalidateUser(userId);
        return created;
    }

    private static boolean exists(EntityManager em, long userId, String roleId, long unitId) {
        return em.createQuery("SELECT COUNT(r) FROM RoleAssignment r WHERE r.userId = :u AND r.roleId = :r "
                + "AND r.orgUnitId = :o", Long.class).setParameter("u", userId).setParameter("r", roleId)
                .setParameter("o", unitId).getSingleResult() > 0;
    }

    @Override
    public void revoke(UserPrincipal actor, long assignmentId) {
        RoleAssignment assignment = store.read(em -> em.find(RoleAssignment.class, assignmentId));
        if (assignment == null) {
            throw ValidationException.of(null, "identity.assignment.not-found");
        }
        access.check(actor, ManageUsersPermission.ID, assignment.getOrgUnitId());
        store.run(em -> {
            RoleAssignment managed = em.find(RoleAssignment.class, assignmentId);
            if (managed == null) {
                throw ValidationException.of(null, "identity.assignment.not-found");
            }
            em.remove(managed);
            UserAccount user = em.find(UserAccount.class, managed.getUserId());
            audit.change(actor, "identity.role.revoked", "user", assignment.getUserId(), assignment.getOrgUnitId(),
                    IdentityAudit.details("login", user == null ? null : user.getLogin(), "role",
                            assignment.getRoleId(), "unit",
                            directory.find(assignment.getOrgUnitId()).map(OrgUnitInfo::code).orElse(null)));
        });
        access.invalidateUser(assignment.getUserId());
    }
}
