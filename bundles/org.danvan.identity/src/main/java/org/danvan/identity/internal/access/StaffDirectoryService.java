package org.danvan.identity.internal.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.identity.internal.IdentityDatabase;
import org.danvan.identity.internal.model.Role;
import org.danvan.identity.internal.model.RoleAssignment;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.org.OrgUnitDirectoryService;
import org.danvan.identity.internal.org.OrgUnitSnapshot;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.StaffDirectory;
import org.danvan.platform.api.security.StaffMember;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.text.VietnameseText;
import org.danvan.platform.persistence.api.EntityStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The staff directory from the stored role assignments: candidates are the users with a role granting the
 * permission at the unit or above it; the access decision itself (modules enabled there, account usable) is the
 * one {@link AccessControlService} makes, so the list never offers someone who could not then act.
 */
@Component(service = StaffDirectory.class)
public class StaffDirectoryService implements StaffDirectory {

    /** People listed at most, whatever is asked. */
    static final int MAX = 200;

    private final EntityStore store;
    private final OrgUnitDirectoryService directory;
    private final AccessControlService access;

    @Activate
    public StaffDirectoryService(@Reference IdentityDatabase database, @Reference OrgUnitDirectoryService directory,
            @Reference AccessControlService access) {
        this(database.store(), directory, access, 0);
    }

    /** Outside OSGi (tests): on a store opened elsewhere (a different arity from the DS constructor). */
    StaffDirectoryService(EntityStore store, OrgUnitDirectoryService directory, AccessControlService access,
            int unused) {
        this.store = store;
        this.directory = directory;
        this.access = access;
    }

    /** Outside OSGi (tests, tools). */
    public static StaffDirectoryService on(EntityStore store, OrgUnitDirectoryService directory,
            AccessControlService access) {
        return new StaffDirectoryService(store, directory, access, 0);
    }

    @Override
    public List<StaffMember> holders(String permission, long unitId, String words, int limit) {
        if (permission == null || permission.isBlank() || limit <= 0) {
            return List.of();
        }
        OrgUnitSnapshot tree = directory.snapshot();
        Set<Long> atOrAbove = new HashSet<>();
        tree.path(unitId).stream().map(OrgUnitInfo::id).forEach(atOrAbove::add);
        atOrAbove.add(unitId);
        List<StaffMember> found = store.read(em -> {
            List<String> roles = em.createQuery("SELECT r FROM Role r", Role.class).getResultList().stream()
                    .filter(r -> r.getPermissions().contains(permission)).map(Role::getId).toList();
            if (roles.isEmpty()) {
                return List.<StaffMember>of();
            }
            List<RoleAssignment> assignments = em.createQuery("SELECT a FROM RoleAssignment a WHERE a.roleId IN :roles "
                    + "AND a.orgUnitId IN :units", RoleAssignment.class).setParameter("roles", roles)
                    .setParameter("units", atOrAbove).getResultList();
            // the unit where each person holds it, the nearest (deepest) first
            Map<Long, Long> heldAt = new HashMap<>();
            List<Long> order = tree.path(unitId).stream().map(OrgUnitInfo::id).toList();
            for (RoleAssignment a : assignments) {
                heldAt.merge(a.getUserId(), a.getOrgUnitId(),
                        (x, y) -> order.indexOf(x) >= order.indexOf(y) ? x : y);
            }
            if (heldAt.isEmpty()) {
                return List.<StaffMember>of();
            }
            List<StaffMember> members = new ArrayList<>();
            for (UserAccount user : em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN :ids", UserAccount.class)
                    .setParameter("ids", heldAt.keySet()).getResultList()) {
                if (VietnameseText.matchesWords(user.getFullName() + " " + user.getLogin(), words == null ? ""
                        : words)) {
                    members.add(new StaffMember(user.getId(), user.getLogin(), user.getFullName(),
                            heldAt.get(user.getId())));
                }
            }
            return members;
        });
        return found.stream()
                .filter(m -> access.isPermitted(new UserPrincipal(m.userId(), m.login(), m.fullName(), null, null,
                        Set.of()), permission, unitId))
                .sorted(Comparator.comparing((StaffMember m) -> m.unitId() != unitId)
                        .thenComparing(m -> VietnameseText.fold(m.fullName())).thenComparing(StaffMember::login))
                .limit(Math.min(limit, MAX)).toList();
    }

    @Override
    public Map<Long, String> names(Collection<Long> userIds) {
        if (userIds == null || userIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = Set.copyOf(userIds);
        return store.read(em -> {
            Map<Long, String> names = new HashMap<>();
            em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN :ids", UserAccount.class)
                    .setParameter("ids", ids).getResultList().forEach(u -> names.put(u.getId(), u.getFullName()));
            return Map.copyOf(names);
        });
    }
}
