package org.danvan.identity.internal;

import static org.danvan.platform.api.security.Roles.CASE_HANDLER;
import static org.danvan.platform.api.security.Roles.COMMUNE_CHAIR;
import static org.danvan.platform.api.security.Roles.INSPECTOR;
import static org.danvan.platform.api.security.Roles.MASS_ORG_OFFICER;
import static org.danvan.platform.api.security.Roles.OBSERVER;
import static org.danvan.platform.api.security.Roles.PROVINCE_ADMIN;
import static org.danvan.platform.api.security.Roles.RECEPTION_OFFICER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.identity.api.RoleInfo;
import org.danvan.platform.api.security.Roles;
import org.danvan.identity.internal.access.PermissionRegistry;
import org.danvan.identity.internal.access.StaffDirectoryService;
import org.danvan.identity.internal.model.RoleAssignment;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.org.UnitWriter;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.platform.api.security.StaffMember;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** AccessControl against stored roles and assignments, on a real database. */
abstract class AccessControlContract extends IdentityContractBase {

    /** Which default roles hold which permission: a literal table, written from the issue, not from the code. */
    private static final Map<String, Set<String>> EXPECTED_HOLDERS = Map.of(
            "identity.users.manage", Set.of(PROVINCE_ADMIN),
            "identity.units.manage", Set.of(PROVINCE_ADMIN),
            "identity.roles.manage", Set.of(PROVINCE_ADMIN),
            "platform.console", Set.of(PROVINCE_ADMIN),
            "identity.profile", Set.of(PROVINCE_ADMIN, COMMUNE_CHAIR, RECEPTION_OFFICER, CASE_HANDLER, INSPECTOR,
                    MASS_ORG_OFFICER, OBSERVER),
            "case.resolve", Set.of(COMMUNE_CHAIR, CASE_HANDLER),
            "case.inspect", Set.of(INSPECTOR),
            "reception.record", Set.of(RECEPTION_OFFICER, COMMUNE_CHAIR),
            "noticeboard.publish", Set.of(PROVINCE_ADMIN, COMMUNE_CHAIR, MASS_ORG_OFFICER));

    /** Module permissions, contributed the way a module bundle would. */
    private static PermissionContribution[] modulePermissions() {
        return new PermissionContribution[] {
                permission("case.resolve", COMMUNE_CHAIR, CASE_HANDLER),
                permission("case.inspect", INSPECTOR),
                permission("reception.record", RECEPTION_OFFICER, COMMUNE_CHAIR),
                permission("noticeboard.publish", PROVINCE_ADMIN, COMMUNE_CHAIR, MASS_ORG_OFFICER) };
    }

    private enum Position { OWN, CHILD, OTHER }

    /**
     * A province with two communes (A with a village) and one user per default role holding that role at commune A.
     * Returns unit ids by position and user ids by role.
     */
    private Map<Position, Long> matrixTree(Map<String, Long> usersByRole) {
        Map<Position, Long> units = new HashMap<>();
        store.run(em -> {
            UnitWriter writer = new UnitWriter(em, "test", LocalDateTime.of(2026, 1, 1, 0, 0));
            LocalDate from = LocalDate.of(2025, 7, 1);
            var province = writer.create("T", "Tỉnh Thử", OrgUnitKinds.PROVINCE, null, from, null);
            var communeA = writer.create("T-A", "Xã An", OrgUnitKinds.COMMUNE, province.getId(), from, null);
            var village = writer.create("T-A-1", "Thôn Một", OrgUnitKinds.VILLAGE, communeA.getId(), from, null);
            var communeB = writer.create("T-B", "Xã Bình", OrgUnitKinds.COMMUNE, province.getId(), from, null);
            units.put(Position.OWN, communeA.getId());
            units.put(Position.CHILD, village.getId());
            units.put(Position.OTHER, communeB.getId());
            for (String role : Roles.ALL) {
                UserAccount user = new UserAccount("u-" + role, "Người dùng " + role, "x", communeA.getId(),
                        LocalDateTime.of(2026, 1, 1, 0, 0));
                em.persist(user);
                em.persist(new RoleAssignment(user.getId(), role, communeA.getId()));
                usersByRole.put(role, user.getId());
            }
        });
        f.directory.reload();
        return units;
    }

    private static UserPrincipal principal(long userId) {
        // the permission set is deliberately empty: AccessControl must not trust it
        return new UserPrincipal(userId, "user-" + userId, "Người dùng", null, null, Set.of());
    }

    @Test
    void everyPermissionForEveryDefaultRoleAtOwnChildAndOtherUnitMatchesTheTable() {
        f.seedDemo(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        f.contribute(IdentityFixture.identityPermissions());
        f.contribute(modulePermissions());
        Map<String, Long> users = new HashMap<>();
        Map<Position, Long> units = matrixTree(users);

        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Set<String>> row : EXPECTED_HOLDERS.entrySet()) {
            String permission = row.getKey();
            for (String role : Roles.ALL) {
                UserPrincipal user = principal(users.get(role));
                for (Position position : Position.values()) {
                    // the rule: a role held at a unit covers the unit and its subtree, nothing else
                    boolean expected = row.getValue().contains(role) && position != Position.OTHER;
                    boolean actual = f.access.isPermitted(user, permission, units.get(position));
                    checked++;
                    if (expected != actual) {
                        mismatches.add(permission + " / " + role + " / " + position + ": expected " + expected);
                    }
                }
                boolean somewhere = row.getValue().contains(role);
                if (f.access.isPermittedSomewhere(user, permission) != somewhere) {
                    mismatches.add(permission + " / " + role + " somewhere: expected " + somewhere);
                }
                AccessScope scope = f.access.scope(user, permission);
                Set<Long> expectedScope = somewhere ? Set.of(units.get(Position.OWN), units.get(Position.CHILD))
                        : Set.of();
                if (scope.unrestricted() || !scope.unitIds().equals(expectedScope)) {
                    mismatches.add(permission + " / " + role + " scope: " + scope);
                }
            }
        }
        assertEquals(EXPECTED_HOLDERS.size() * Roles.ALL.size() * 3, checked);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void theStaffDirectoryListsWhoMayHandleCasesAtACommuneByNameWithoutDiacritics() {
        seedDemo(modulePermissions());
        StaffDirectoryService staff = StaffDirectoryService.on(store, f.directory, f.access);
        long tienDu = f.unitId("24003");

        List<StaffMember> handlers = staff.holders("case.resolve", tienDu, "", 10);
        assertEquals(List.of("Nguyễn Văn An", "Lê Văn Cường").stream().sorted(
                java.util.Comparator.comparing(org.danvan.platform.api.text.VietnameseText::fold)).toList(),
                handlers.stream().map(StaffMember::fullName).toList(),
                "the chair and the handler, by name; not the reception officer");
        assertTrue(handlers.stream().allMatch(m -> m.unitId() == tienDu), "both hold it at the commune itself");
        List<StaffMember> cuong = staff.holders("case.resolve", tienDu, "cuong", 10);
        assertEquals(List.of("xuly"), cuong.stream().map(StaffMember::login).toList());
        assertEquals(List.of("xuly"), staff.holders("case.resolve", tienDu, "LÊ VĂN c", 10).stream()
                .map(StaffMember::login).toList(), "words of the name in any case, with or without marks");
        assertEquals(1, staff.holders("case.resolve", tienDu, "", 1).size(), "the limit holds");
        assertTrue(staff.holders("case.resolve", tienDu, "dung", 10).isEmpty(),
                "the province's inspector does not resolve cases");
        assertTrue(staff.holders("case.inspect", tienDu, "", 10).stream().anyMatch(m -> m.login().equals("thanhtra")
                && m.unitId() == f.unitId("24")), "a role held at the province covers the commune");
        long otherCommune = f.unitId("24004");
        assertTrue(staff.holders("case.resolve", otherCommune, "cuong", 10).isEmpty(),
                "Tiên Du's handler is nobody's handler elsewhere");
        assertTrue(staff.holders("no.such.permission", tienDu, "", 10).isEmpty());

        long xuly = cuong.get(0).userId();
        assertEquals(Map.of(xuly, "Lê Văn Cường"), staff.names(List.of(xuly, 999_999L)));
        f.store.run(em -> em.find(UserAccount.class, xuly).setActive(false));
        f.access.invalidateUser(xuly);
        assertTrue(staff.holders("case.resolve", tienDu, "cuong", 10).isEmpty(),
                "a deactivated account is offered to nobody");
    }

    @Test
    void aRoleHeldAtTheRootCoversEverythingAndAStaleOrForgedPrincipalGainsNothing() {
        seedDemo(modulePermissions());
        UserPrincipal admin = f.principal("admin");
        assertTrue(f.access.scope(admin, "identity.users.manage").unrestricted());
        assertTrue(f.access.isPermitted(admin, "identity.users.manage", f.unitId("24003-01")));
        UserPrincipal forged = new UserPrincipal(f.principal("quansat").userId(), "quansat", "Vũ Thị Giang", null,
                null, Set.of("identity.users.manage"));
        assertFalse(f.access.isPermitted(forged, "identity.users.manage", f.unitId("24-BDV")));
        assertTrue(f.access.scope(forged, "identity.users.manage").isEmpty());
    }

    @Test
    void aRecordOfAMergedCommuneIsPermittedToTheSuccessorsStaffAndToTheProvinceButNotToNeighbours() {
        seedDemo(modulePermissions());
        long retired = f.unitId(DemoProvince.RETIRED_COMMUNE_CODE);
        assertFalse(f.directory.find(retired).orElseThrow().isCurrent());
        assertEquals(List.of(f.unitId("24003")),
                f.directory.currentSuccessors(retired).stream().map(u -> u.id()).toList());
        UserPrincipal chair = f.principal("chutich.tiendu");
        UserPrincipal handler = f.principal("xuly");
        UserPrincipal inspector = f.principal("thanhtra");
        assertTrue(f.access.isPermitted(chair, "case.resolve", retired), "successor's chair");
        assertTrue(f.access.isPermitted(handler, "case.resolve", retired), "successor's case handler");
        assertTrue(f.access.isPermitted(inspector, "case.inspect", retired), "the retired unit lies in the province");
        assertTrue(f.access.scope(chair, "case.resolve").covers(retired));

        // a chair of a neighbouring commune is not covered
        long yenPhongChair = store.inTransaction(em -> {
            UserAccount user = new UserAccount("chutich.yenphong", "Đỗ Văn Hải", "x", f.unitId("24004"),
                    LocalDateTime.of(2026, 1, 1, 0, 0));
            em.persist(user);
            em.persist(new RoleAssignment(user.getId(), COMMUNE_CHAIR, f.unitId("24004")));
            return user.getId();
        });
        assertFalse(f.access.isPermitted(principal(yenPhongChair), "case.resolve", retired));
        assertFalse(f.access.scope(principal(yenPhongChair), "case.resolve").covers(retired));
    }

    @Test
    void lockedUsersArePermittedNothingAndAssignmentsTakeEffectAtOnce() {
        seedDemo(modulePermissions());
        UserPrincipal admin = f.principal("admin");
        UserPrincipal observer = f.principal("quansat");
        long tienDu = f.unitId("24003");
        assertFalse(f.access.isPermitted(observer, "case.resolve", tienDu));

        var assignment = f.roles.assign(admin, observer.userId(), CASE_HANDLER, tienDu);
        assertTrue(f.access.isPermitted(observer, "case.resolve", tienDu), "cached grants were dropped");
        f.roles.revoke(admin, assignment.id());
        assertFalse(f.access.isPermitted(observer, "case.resolve", tienDu));

        UserPrincipal handler = f.principal("xuly");
        assertTrue(f.access.isPermitted(handler, "case.resolve", tienDu));
        var summary = f.users.get(admin, handler.userId()).orElseThrow();
        f.users.setLocked(admin, handler.userId(), summary.version(), true);
        assertFalse(f.access.isPermitted(handler, "case.resolve", tienDu));
        assertFalse(f.access.isPermittedSomewhere(handler, "case.resolve"));
        assertEquals(List.of("identity.role.assigned", "identity.role.revoked", "identity.user.locked"),
                f.audit.actions().stream().filter(a -> !a.startsWith("identity.login")).toList());
    }

    @Test
    void nobodyGrantsAPermissionTheyDoNotHoldThereNorOutsideTheirUnits() {
        seedDemo(modulePermissions());
        UserPrincipal admin = f.principal("admin");
        long tienDu = f.unitId("24003");
        // a commune-level administrator: province-admin held at Xã Tiên Du only
        long localAdmin = store.inTransaction(em -> {
            UserAccount user = new UserAccount("quantri.tiendu", "Bùi Thị Lan", "x", tienDu,
                    LocalDateTime.of(2026, 1, 1, 0, 0));
            em.persist(user);
            em.persist(new RoleAssignment(user.getId(), PROVINCE_ADMIN, tienDu));
            return user.getId();
        });
        UserPrincipal local = principal(localAdmin);
        long observer = f.principal("quansat").userId();
        ValidationException notHeld = assertThrows(ValidationException.class,
                () -> f.roles.assign(local, observer, INSPECTOR, tienDu));
        assertEquals(Set.of("identity.role.permission.not-held"), keys(notHeld));
        assertThrows(AccessDeniedException.class, () -> f.roles.assign(local, observer, OBSERVER, f.unitId("24004")));
        f.roles.assign(local, observer, OBSERVER, f.unitId("24003-01"));
        assertEquals(2, f.roles.assignmentsOf(observer).size());
        assertThrows(ValidationException.class, () -> f.roles.assign(admin, observer, OBSERVER, f.unitId("24003-01")),
                "the same assignment twice");
    }

    @Test
    void aPermissionSeenForTheFirstTimeGoesToItsDefaultRolesOnceSoAnAdministratorsRemovalSticks() {
        seedDemo();
        UserPrincipal admin = f.principal("admin");
        PermissionContribution view = permission("noticeboard.view", Roles.ALL.toArray(String[]::new));
        f.contribute(view);
        RoleInfo observer = role(OBSERVER);
        assertTrue(observer.permissions().contains("noticeboard.view"));

        Set<String> without = new java.util.HashSet<>(observer.permissions());
        without.remove("noticeboard.view");
        f.roles.setPermissions(admin, OBSERVER, observer.version(), without);
        assertFalse(f.access.isPermittedSomewhere(f.principal("quansat"), "noticeboard.view"));

        // a restart (a new registry) or the module reinstalled: the removal stays
        PermissionRegistry restarted = new PermissionRegistry(store, f.access, f.clock);
        restarted.addPermission(view);
        f.contribute(view);
        assertFalse(role(OBSERVER).permissions().contains("noticeboard.view"));
        assertTrue(role(CASE_HANDLER).permissions().contains("noticeboard.view"));

        // a stale version is refused
        assertThrows(jakarta.persistence.OptimisticLockException.class,
                () -> f.roles.setPermissions(admin, OBSERVER, observer.version(), Set.of()));
        // and a permission no module contributes cannot be granted
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> f.roles.setPermissions(admin, OBSERVER, role(OBSERVER).version(), Set.of("no.such")));
        assertEquals(Set.of("identity.role.permission.unknown"), keys(unknown));
        assertEquals(1, f.audit.events("identity.role.permissions-changed").size());
        assertEquals("noticeboard.view", f.audit.events("identity.role.permissions-changed").get(0).details()
                .get("removed"));
    }

    private RoleInfo role(String id) {
        return f.roles.roles().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void rolesCanOnlyBeEditedWithTheRolesPermissionAtTheRoot() {
        seedDemo();
        UserPrincipal chair = f.principal("chutich.tiendu");
        assertThrows(AccessDeniedException.class,
                () -> f.roles.createRole(chair, "to-truong", "Tổ trưởng", Set.of("identity.profile")));
        RoleInfo created = f.roles.createRole(f.principal("admin"), "to-truong", "Tổ trưởng dân phố",
                Set.of("identity.profile"));
        assertFalse(created.builtIn());
        assertEquals(Roles.ALL, f.roles.roles().stream().limit(Roles.ALL.size()).map(RoleInfo::id).toList());
        ValidationException taken = assertThrows(ValidationException.class,
                () -> f.roles.createRole(f.principal("admin"), "to-truong", "Lần nữa", Set.of()));
        assertEquals(Set.of("identity.role.id.taken"), keys(taken));
    }
}
