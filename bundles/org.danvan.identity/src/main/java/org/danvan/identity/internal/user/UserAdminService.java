package org.danvan.identity.internal.user;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.danvan.identity.api.UserAdmin;
import org.danvan.identity.api.UserDraft;
import org.danvan.identity.api.UserFilter;
import org.danvan.identity.api.UserSummary;
import org.danvan.identity.internal.IdentityAudit;
import org.danvan.identity.internal.IdentityDatabase;
import org.danvan.identity.internal.ManageUsersPermission;
import org.danvan.identity.internal.PasswordPolicy;
import org.danvan.identity.internal.SearchText;
import org.danvan.identity.internal.access.AccessControlService;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.model.UserMembership;
import org.danvan.identity.internal.org.OrgUnitDirectoryService;
import org.danvan.identity.internal.org.OrgUnitSnapshot;
import org.danvan.identity.internal.password.PasswordHasher;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessScope;
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
import jakarta.persistence.TypedQuery;

/** Administration of user accounts, scoped by {@code identity.users.manage}. */
@Component(service = UserAdmin.class, immediate = true)
public class UserAdminService implements UserAdmin {

    static final int MAX_PAGE = 500;

    private final EntityStore store;
    private final OrgUnitDirectoryService directory;
    private final AccessControlService access;
    private final PasswordHasher hasher;
    private final IdentityAudit audit;
    private final Clock clock;

    @Activate
    public UserAdminService(@Reference IdentityDatabase database, @Reference OrgUnitDirectoryService directory,
            @Reference AccessControlService access, @Reference AuditTrail auditTrail) {
        this(database.store(), directory, access, new PasswordHasher(), new IdentityAudit(auditTrail),
                Clock.systemUTC());
    }

    public UserAdminService(EntityStore store, OrgUnitDirectoryService directory, AccessControlService access,
            PasswordHasher hasher, IdentityAudit audit, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.access = access;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<UserSummary> find(UserPrincipal actor, UserFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        AccessScope scope = access.scope(actor, ManageUsersPermission.ID);
        if (scope.isEmpty()) {
            return List.of();
        }
        return store.read(em -> {
            TypedQuery<UserAccount> query = query(em, "SELECT u", " ORDER BY u.login", UserAccount.class, scope,
                    filter == null ? UserFilter.any() : filter);
            List<UserAccount> users = query.setFirstResult(offset).setMaxResults(limit).getResultList();
            return UserSummaries.of(em, users, clock.instant());
        });
    }

    @Override
    public long count(UserPrincipal actor, UserFilter filter) {
        AccessScope scope = access.scope(actor, ManageUsersPermission.ID);
        if (scope.isEmpty()) {
            return 0;
        }
        return store.read(em -> query(em, "SELECT COUNT(u)", "", Long.class, scope,
                filter == null ? UserFilter.any() : filter).getSingleResult());
    }

    private <T> TypedQuery<T> query(EntityManager em, String select, String order, Class<T> type, AccessScope scope,
            UserFilter filter) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM UserAccount u WHERE 1 = 1");
        if (!scope.unrestricted()) {
            jpql.append(" AND u.orgUnitId IN :scope");
        }
        String text = filter.text() == null || filter.text().isBlank() ? null : SearchText.fold(filter.text());
        if (text != null) {
            jpql.append(" AND u.searchKey LIKE :text ESCAPE '!'");
        }
        Set<Long> subtree = null;
        if (filter.unitId() != null) {
            OrgUnitInfo unit = directory.find(filter.unitId()).orElse(null);
            if (unit == null || unit.parentId() != null) {
                subtree = unit == null ? Set.of(-1L) : directory.snapshot().subtree(unit.id());
                jpql.append(" AND EXISTS (SELECT m FROM UserMembership m WHERE m.userId = u.id AND m.unitId IN :subtree)");
            }
        }
        if (filter.roleId() != null) {
            jpql.append(" AND EXISTS (SELECT r FROM RoleAssignment r WHERE r.userId = u.id AND r.roleId = :role)");
        }
        if (filter.locked() != null) {
            jpql.append(" AND u.locked = :locked");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (!scope.unrestricted()) {
            query.setParameter("scope", scope.unitIds());
        }
        if (text != null) {
            query.setParameter("text", "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (subtree != null) {
            query.setParameter("subtree", subtree);
        }
        if (filter.roleId() != null) {
            query.setParameter("role", filter.roleId());
        }
        if (filter.locked() != null) {
            query.setParameter("locked", filter.locked());
        }
        return query;
    }

    @Override
    public Optional<UserSummary> get(UserPrincipal actor, long userId) {
        return store.read(em -> {
            UserAccount user = em.find(UserAccount.class, userId);
            if (user == null || !mayManage(actor, user)) {
                return Optional.empty();
            }
            return Optional.of(UserSummaries.of(em, user, clock.instant()));
        });
    }

    private boolean mayManage(UserPrincipal actor, UserAccount user) {
        return user.getOrgUnitId() != null
                && access.isPermitted(actor, ManageUsersPermission.ID, user.getOrgUnitId());
    }

    private void checkManage(UserPrincipal actor, UserAccount user) {
        access.check(actor, ManageUsersPermission.ID, user.getOrgUnitId() == null ? -1 : user.getOrgUnitId());
    }

    @Override
    public UserSummary create(UserPrincipal actor, UserDraft draft, char[] initialPassword) {
        Objects.requireNonNull(draft, "draft");
        UserValidation.Clean clean = UserValidation.clean(draft);
        OrgUnitSnapshot units = directory.snapshot();
        List<Violation> violations = new ArrayList<>(UserValidation.check(clean, true, units));
        violations.addAll(PasswordPolicy.check(initialPassword, clean.login()));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        clean.unitIds().forEach(unitId -> access.check(actor, ManageUsersPermission.ID, unitId));
        String hash = hasher.hash(initialPassword);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        UserSummary created;
        try {
            created = IdentityAudit.recorded(store, em -> {
                if (loginTaken(em, clean.login())) {
                    throw ValidationException.of("login", "identity.user.login.taken", clean.login());
                }
                UserAccount user = new UserAccount(clean.login(), clean.fullName(), hash, clean.unitIds().get(0), now);
                apply(user, clean);
                user.setMustChangePassword(true);
                em.persist(user);
                replaceMemberships(em, user.getId(), clean.unitIds());
                em.flush();
                return UserSummaries.of(em, user, clock.instant());
            }, stored -> audit.change(actor, "identity.user.created", "user", stored.id(), stored.unitIds().get(0),
                    IdentityAudit.details("login", stored.login(), "fullName", stored.fullName(), "email",
                            stored.email(), "phone", stored.phone(), "units", codes(stored.unitIds()))));
        } catch (PersistenceException e) {
            // the same login created concurrently: the unique key refused ours
            if (store.read(em -> loginTaken(em, clean.login()))) {
                throw ValidationException.of("login", "identity.user.login.taken", clean.login());
            }
            throw e;
        }
        return created;
    }

    private static boolean loginTaken(EntityManager em, String login) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.login = :l", Long.class)
                .setParameter("l", login).getSingleResult() > 0;
    }

    private static void apply(UserAccount user, UserValidation.Clean clean) {
        user.setFullName(clean.fullName());
        user.setEmail(clean.email());
        user.setPhone(clean.phone());
        user.setOrgUnitId(clean.unitIds().get(0));
        user.setSearchKey(SearchText.userKey(user.getLogin(), clean.fullName(), clean.email()));
    }

    private static void replaceMemberships(EntityManager em, Long userId, List<Long> unitIds) {
        // a bulk delete runs at once, so re-adding a unit does not meet the old row in the unique key
        em.createQuery("DELETE FROM UserMembership m WHERE m.userId = :u").setParameter("u", userId).executeUpdate();
        for (int i = 0; i < unitIds.size(); i++) {
            em.persist(new UserMembership(userId, unitIds.get(i), i));
        }
    }

    private String codes(List<Long> unitIds) {
        return String.join(",", unitIds.stream()
                .map(id -> directory.find(id).map(OrgUnitInfo::code).orElse(String.valueOf(id))).toList());
    }

    /** Loads an account for a change: it exists, the actor may manage it, and the version is the one shown. */
    private UserAccount load(EntityManager em, UserPrincipal actor, long userId, Long version) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null) {
            throw ValidationException.of(null, "identity.user.not-found");
        }
        checkManage(actor, user);
        if (version != null && user.getVersion() != version) {
            throw new OptimisticLockException("user " + userId + " is at version " + user.getVersion()
                    + ", not " + version);
        }
        return user;
    }

    @Override
    public UserSummary update(UserPrincipal actor, long userId, long version, UserDraft draft) {
        Objects.requireNonNull(draft, "draft");
        UserValidation.Clean clean = UserValidation.clean(draft);
        List<Violation> violations = UserValidation.check(clean, false, directory.snapshot());
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        clean.unitIds().forEach(unitId -> access.check(actor, ManageUsersPermission.ID, unitId));
        String[] before = new String[4];
        return IdentityAudit.recorded(store, em -> {
            UserAccount user = load(em, actor, userId, version);
            before[0] = user.getFullName();
            before[1] = user.getEmail();
            before[2] = user.getPhone();
            before[3] = codes(UserSummaries.of(em, user, clock.instant()).unitIds());
            apply(user, clean);
            replaceMemberships(em, user.getId(), clean.unitIds());
            // memberships live in their own table: the account's version must move for them too
            em.lock(user, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return UserSummaries.of(em, user, clock.instant());
        }, updated -> {
            String units = codes(updated.unitIds());
            audit.change(actor, "identity.user.updated", "user", updated.id(), updated.unitIds().get(0),
                    IdentityAudit.details(
                            "fullName", Objects.equals(before[0], updated.fullName()) ? null
                                    : before[0] + " → " + updated.fullName(),
                            "email", Objects.equals(before[1], updated.email()) ? null
                                    : before[1] + " → " + updated.email(),
                            "phone", Objects.equals(before[2], updated.phone()) ? null
                                    : before[2] + " → " + updated.phone(),
                            "units", Objects.equals(before[3], units) ? null : before[3] + " → " + units,
                            "login", updated.login()));
        });
    }

    @Override
    public UserSummary setLocked(UserPrincipal actor, long userId, long version, boolean locked) {
        UserSummary result = IdentityAudit.recorded(store, em -> {
            UserAccount user = load(em, actor, userId, version);
            user.setLocked(locked);
            em.lock(user, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            if (!locked) {
                em.createQuery("DELETE FROM LoginThrottle t WHERE t.login = :l").setParameter("l", user.getLogin())
                        .executeUpdate();
            }
            em.flush();
            return UserSummaries.of(em, user, clock.instant());
        }, changed -> audit.change(actor, locked ? "identity.user.locked" : "identity.user.unlocked", "user", userId,
                firstUnit(changed), IdentityAudit.details("login", changed.login())));
        access.invalidateUser(userId);
        return result;
    }

    @Override
    public UserSummary setActive(UserPrincipal actor, long userId, long version, boolean active) {
        UserSummary result = IdentityAudit.recorded(store, em -> {
            UserAccount user = load(em, actor, userId, version);
            user.setActive(active);
            em.lock(user, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return UserSummaries.of(em, user, clock.instant());
        }, changed -> audit.change(actor, active ? "identity.user.activated" : "identity.user.deactivated", "user",
                userId, firstUnit(changed), IdentityAudit.details("login", changed.login())));
        access.invalidateUser(userId);
        return result;
    }

    @Override
    public UserSummary resetPassword(UserPrincipal actor, long userId, char[] newPassword) {
        String login = store.read(em -> {
            UserAccount user = load(em, actor, userId, null);
            return user.getLogin();
        });
        PasswordPolicy.require(newPassword, login);
        String hash = hasher.hash(newPassword);
        return IdentityAudit.recorded(store, em -> {
            UserAccount user = load(em, actor, userId, null);
            user.setPasswordHash(hash);
            user.setMustChangePassword(true);
            em.createQuery("DELETE FROM LoginThrottle t WHERE t.login = :l").setParameter("l", user.getLogin())
                    .executeUpdate();
            em.flush();
            return UserSummaries.of(em, user, clock.instant());
        }, changed -> audit.change(actor, "identity.password.reset", "user", userId, firstUnit(changed),
                IdentityAudit.details("login", changed.login())));
    }

    private static Long firstUnit(UserSummary user) {
        return user.unitIds().isEmpty() ? null : user.unitIds().get(0);
    }

}
