package org.danvan.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.danvan.platform.api.security.Roles;
import org.danvan.identity.internal.console.ConsoleLoginModule;
import org.danvan.identity.internal.console.ConsolePermission;
import org.danvan.identity.internal.model.OrgUnit;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.password.Argon2idParameters;
import org.danvan.identity.internal.password.PasswordHasher;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.api.security.AuthenticationResult;
import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.internal.ModuleTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/** Seeding, authentication and locking against a real database; subclasses choose H2 or MariaDB. */
abstract class IdentityStoreContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneOffset.UTC);

    protected ModuleTestDatabase database;
    protected EntityStore store;
    private final PasswordHasher hasher = new PasswordHasher();
    private final ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(consoleBytes, true, StandardCharsets.UTF_8);

    protected abstract ModuleTestDatabase createDatabase();

    @BeforeEach
    void openStore() {
        database = createDatabase();
        store = database.open(IdentityDatabase.UNIT);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    private FirstRunSeeder seeder(String randomPassword) {
        return new FirstRunSeeder(store, hasher, CLOCK, console, randomPassword::toCharArray);
    }

    private FirstRunSeeder.Outcome seedDemo() {
        return seeder("unused").seedIfEmpty(true);
    }

    private long count(String entity) {
        return store.read(em -> em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class)
                .getSingleResult());
    }

    private IdentityFixture fixture;

    private IdentityFixture fixture() {
        if (fixture == null) {
            fixture = new IdentityFixture(store, hasher);
        }
        return fixture;
    }

    private IdentityAuthenticationService authentication(PermissionContribution... contributions) {
        return fixture().contribute(contributions).authentication;
    }

    static PermissionContribution permission(String id, String... roles) {
        return new PermissionContribution() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String labelKey() {
                return id + ".label";
            }

            @Override
            public Set<String> defaultRoles() {
                return Set.of(roles);
            }
        };
    }

    private UserAccount user(String login) {
        return store.read(em -> em.createQuery("SELECT u FROM UserAccount u WHERE u.login = :l", UserAccount.class)
                .setParameter("l", login).getSingleResult());
    }

    private void update(String login, java.util.function.Consumer<UserAccount> change) {
        store.run(em -> change.accept(em
                .createQuery("SELECT u FROM UserAccount u WHERE u.login = :l", UserAccount.class)
                .setParameter("l", login).getSingleResult()));
    }

    @Test
    void seedsTheDemoProvinceOnceAndOnlyOnce() {
        assertEquals(FirstRunSeeder.Outcome.DEMO, seedDemo());
        long units = count("OrgUnit");
        assertEquals(7, count("UserAccount"));
        assertEquals(7, count("RoleAssignment"));
        assertTrue(units >= 20, "units: " + units);

        assertEquals(FirstRunSeeder.Outcome.NOTHING, seedDemo());
        assertEquals(FirstRunSeeder.Outcome.NOTHING, seeder("Xx3456789abcdefg").seedIfEmpty(false));
        assertEquals(7, count("UserAccount"));
        assertEquals(units, count("OrgUnit"));

        String banner = consoleBytes.toString(StandardCharsets.UTF_8);
        assertTrue(banner.contains("http://localhost:8181/"), banner);
        assertTrue(banner.contains("admin") && banner.contains("chutich.tiendu") && banner.contains("Nguyễn Văn An"),
                banner);
        assertTrue(banner.contains("DEMO ONLY"), banner);
    }

    @Test
    void demoProvinceHasCommunesWardsAndVillagesUnderTheRightParents() {
        seedDemo();
        store.read(em -> {
            OrgUnit province = unit(em, "24");
            assertEquals("Tỉnh Bắc Ninh", province.getName());
            assertEquals(OrgUnitKinds.PROVINCE, province.getKind());
            assertNull(province.getParentId());
            OrgUnit tienDu = unit(em, "24003");
            assertEquals("Xã Tiên Du", tienDu.getName());
            assertEquals(province.getId(), tienDu.getParentId());
            List<String> villages = em.createQuery(
                    "SELECT u.name FROM OrgUnit u WHERE u.parentId = :p AND u.kind = :k ORDER BY u.code", String.class)
                    .setParameter("p", tienDu.getId()).setParameter("k", OrgUnitKinds.VILLAGE).getResultList();
            assertEquals(List.of("Thôn Đông", "Thôn Đoài", "Thôn Lũng Giang"), villages);
            for (String kind : OrgUnitKinds.ALL) {
                if (kind.equals(OrgUnitKinds.SPECIAL_ZONE)) {
                    continue; // special zones are islands (Vân Đồn, Phú Quốc...): Bắc Ninh has none
                }
                assertTrue(em.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.kind = :k", Long.class)
                        .setParameter("k", kind).getSingleResult() > 0, kind);
            }
            assertEquals(LocalDate.of(2025, 7, 1), tienDu.getValidFrom());
            return null;
        });
        List<String> roles = store.read(em -> em
                .createQuery("SELECT r.roleId FROM RoleAssignment r ORDER BY r.roleId", String.class).getResultList());
        assertEquals(Roles.ALL.stream().sorted().toList(), roles, "one demo user per default role");
    }

    private static OrgUnit unit(EntityManager em, String code) {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :c", OrgUnit.class).setParameter("c", code)
                .getSingleResult();
    }

    @Test
    void withoutDemoDataCreatesOnlyTheAdministratorWithTheRandomPassword() {
        String password = "Kp7xQm2RtZ9wLb4N";
        assertEquals(FirstRunSeeder.Outcome.ADMINISTRATOR, seeder(password).seedIfEmpty(false));
        assertEquals(1, count("UserAccount"));
        assertEquals(1, count("OrgUnit"));
        assertEquals(FirstRunSeeder.ROOT_UNIT_NAME, store.read(em -> unit(em, FirstRunSeeder.ROOT_UNIT_CODE)).getName());

        String console = consoleBytes.toString(StandardCharsets.UTF_8);
        assertTrue(console.contains("data/log/karaf.log"), console);
        assertFalse(console.contains(password), "the password goes to the log only");

        IdentityAuthenticationService authentication = authentication(new ManageUsersPermission());
        assertEquals(IdentityAuthenticationService.INVALID,
                authentication.authenticate("admin", "admin".toCharArray(), "127.0.0.1").failureKey());
        AuthenticationResult result = authentication.authenticate("admin", password.toCharArray(), "127.0.0.1");
        assertTrue(result.succeeded());
        assertEquals(Set.of(ManageUsersPermission.ID), result.principal().permissions());
        assertEquals("Đơn vị gốc", result.principal().orgUnitName());

        assertEquals(FirstRunSeeder.Outcome.NOTHING, seedDemo(), "no demo data once a user exists");
        assertEquals(1, count("UserAccount"));
    }

    @Test
    void generatedPasswordsAreSixteenRandomCharacters() {
        char[] one = FirstRunSeeder.randomPassword();
        char[] two = FirstRunSeeder.randomPassword();
        assertEquals(16, one.length);
        assertFalse(new String(one).equals(new String(two)));
    }

    @Test
    void aFailedSeedLeavesNothingBehind() {
        // a unit already holding a code the demo province needs makes the seed fail half-way
        store.run(em -> em.persist(new OrgUnit("24-MTTQ", "Đơn vị chiếm mã", OrgUnitKinds.AGENCY, null,
                LocalDate.of(2025, 1, 1))));
        assertThrows(PersistenceException.class, this::seedDemo);
        assertEquals(0, count("UserAccount"));
        assertEquals(0, count("RoleAssignment"));
        assertEquals(1, count("OrgUnit"));
    }

    @Test
    void authenticatesCaseInsensitivelyWithPermissionsAndUnit() {
        seedDemo();
        AuthenticationResult result = authentication(new ManageUsersPermission())
                .authenticate("  ADMIN ", "admin".toCharArray(), "127.0.0.1");
        assertTrue(result.succeeded(), String.valueOf(result.failureKey()));
        UserPrincipal admin = result.principal();
        assertEquals("admin", admin.login());
        assertEquals("Quản trị hệ thống", admin.fullName());
        assertEquals("Tỉnh Bắc Ninh", admin.orgUnitName());
        assertNotNull(admin.orgUnitId());
        assertTrue(admin.hasPermission(ManageUsersPermission.ID));

        UserPrincipal chair = authentication(new ManageUsersPermission())
                .authenticate("chutich.tiendu", "danvan".toCharArray(), "10.0.0.2").principal();
        assertEquals("Nguyễn Văn An", chair.fullName());
        assertEquals("Xã Tiên Du", chair.orgUnitName());
        assertFalse(chair.hasPermission(ManageUsersPermission.ID));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameMessage() {
        seedDemo();
        IdentityAuthenticationService authentication = authentication();
        AuthenticationResult wrong = authentication.authenticate("admin", "Admin".toCharArray(), "127.0.0.1");
        AuthenticationResult unknown = authentication.authenticate("khongco", "admin".toCharArray(), "127.0.0.1");
        AuthenticationResult empty = authentication.authenticate("", new char[0], null);
        for (AuthenticationResult result : List.of(wrong, unknown, empty)) {
            assertFalse(result.succeeded());
            assertNull(result.principal());
            assertEquals("login.error.invalid", result.failureKey());
        }
    }

    @Test
    void lockedAndInactiveUsersAreToldSoOnlyWithTheRightPassword() {
        seedDemo();
        update("xuly", u -> u.setLocked(true));
        update("thanhtra", u -> u.setActive(false));
        IdentityAuthenticationService authentication = authentication();
        assertEquals("login.error.locked",
                authentication.authenticate("xuly", "danvan".toCharArray(), "127.0.0.1").failureKey());
        assertEquals("login.error.inactive",
                authentication.authenticate("thanhtra", "danvan".toCharArray(), "127.0.0.1").failureKey());
        assertEquals("login.error.invalid",
                authentication.authenticate("xuly", "wrong".toCharArray(), "127.0.0.1").failureKey());
        assertEquals("login.error.invalid",
                authentication.authenticate("thanhtra", "wrong".toCharArray(), "127.0.0.1").failureKey());
    }

    @Test
    void permissionsComeFromTheContributionsNamingTheUsersRoles() {
        seedDemo();
        PermissionContribution view = permission("noticeboard.view", Roles.ALL.toArray(String[]::new));
        PermissionContribution publish = permission("noticeboard.publish", Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR,
                Roles.MASS_ORG_OFFICER);
        PermissionContribution inspect = permission("cases.inspect", Roles.INSPECTOR);
        IdentityAuthenticationService authentication = authentication(view, publish, inspect,
                new ManageUsersPermission());

        assertEquals(Set.of("noticeboard.view", "noticeboard.publish"),
                authentication.authenticate("chutich.tiendu", "danvan".toCharArray(), "x").principal().permissions());
        assertEquals(Set.of("noticeboard.view", "cases.inspect"),
                authentication.authenticate("thanhtra", "danvan".toCharArray(), "x").principal().permissions());
        assertEquals(Set.of("noticeboard.view"),
                authentication.authenticate("quansat", "danvan".toCharArray(), "x").principal().permissions());
        assertEquals(Set.of("noticeboard.view", "noticeboard.publish", ManageUsersPermission.ID),
                authentication.authenticate("admin", "admin".toCharArray(), "x").principal().permissions());

        // a module leaving takes its permissions with it at the next login
        fixture().permissions.removePermission(publish);
        assertEquals(Set.of("noticeboard.view"),
                authentication.authenticate("chutich.tiendu", "danvan".toCharArray(), "x").principal().permissions());
    }

    @Test
    void refreshGrantsAModulesPermissionsWithoutANewLoginAndEndsLockedAccounts() {
        seedDemo();
        IdentityAuthenticationService authentication = authentication();
        UserPrincipal chair = authentication.authenticate("chutich.tiendu", "danvan".toCharArray(), "x").principal();
        assertEquals(Set.of(), chair.permissions());

        fixture().contribute(permission("noticeboard.view", Roles.COMMUNE_CHAIR));
        assertEquals(Set.of("noticeboard.view"), authentication.refresh(chair).orElseThrow().permissions());

        update("chutich.tiendu", u -> u.setLocked(true));
        assertTrue(authentication.refresh(chair).isEmpty(), "a locked account loses its session");
    }

    @Test
    void theKarafConsoleAdmitsOnlyHoldersOfTheConsolePermission() throws Exception {
        seedDemo();
        IdentityAuthenticationService authentication = authentication(new ConsolePermission());
        assertTrue(consoleLogin(authentication, "admin", "admin").getPrincipals().stream()
                .anyMatch(p -> p.getName().equals("ssh")), "an administrator gets the Karaf roles");
        assertThrows(javax.security.auth.login.FailedLoginException.class,
                () -> consoleLogin(authentication, "admin", "wrong"));
        assertThrows(javax.security.auth.login.FailedLoginException.class,
                () -> consoleLogin(authentication, "chutich.tiendu", "danvan"), "a commune chair has no console");
    }

    @Test
    void theKarafConsoleSharesTheLockoutOfTheWebLogin() throws Exception {
        seedDemo();
        IdentityAuthenticationService authentication = authentication(new ConsolePermission());
        for (int i = 0; i < 5; i++) {
            assertThrows(javax.security.auth.login.FailedLoginException.class,
                    () -> consoleLogin(authentication, "admin", "doan-sai"));
        }
        assertThrows(javax.security.auth.login.FailedLoginException.class,
                () -> consoleLogin(authentication, "admin", "admin"), "locked out, even with the right password");
        assertEquals(IdentityAuthenticationService.LOCKED_OUT,
                authentication.authenticate("admin", "admin".toCharArray(), "web").failureKey());
        assertEquals(1, fixture().audit.events("identity.login.lockout").size());
        assertEquals("karaf-console", fixture().audit.events("identity.login.lockout").get(0).remoteAddress());
    }

    private static javax.security.auth.Subject consoleLogin(IdentityAuthenticationService authentication, String login,
            String password) throws javax.security.auth.login.LoginException {
        javax.security.auth.Subject subject = new javax.security.auth.Subject();
        ConsoleLoginModule module = new ConsoleLoginModule();
        module.initialize(subject, callbacks -> {
            for (javax.security.auth.callback.Callback callback : callbacks) {
                if (callback instanceof javax.security.auth.callback.NameCallback name) {
                    name.setName(login);
                } else if (callback instanceof javax.security.auth.callback.PasswordCallback secret) {
                    secret.setPassword(password.toCharArray());
                }
            }
        }, java.util.Map.of(), java.util.Map.of(ConsoleLoginModule.AUTHENTICATION_OPTION, authentication));
        module.login();
        module.commit();
        return subject;
    }

    @Test
    void concurrentEditsOfAUserAccountConflict() {
        seedDemo();
        UserAccount before = user("tiepdan");
        Long id = before.getId();
        EntityStoreRace race = new EntityStoreRace(store);
        RuntimeException conflict = race.run(id, u -> u.setPhone("0987000001"), u -> u.setPhone("0987000002"));
        assertTrue(EntityStoreRace.isOptimisticLockFailure(conflict), String.valueOf(conflict));
        UserAccount after = user("tiepdan");
        assertEquals("0987000001", after.getPhone(), "the first writer wins, the second is refused");
        assertEquals(before.getVersion() + 1, after.getVersion());
    }

    @Test
    void weakHashesAreUpgradedAtLogin() {
        seedDemo();
        String weak = new PasswordHasher(new Argon2idParameters(1024, 1, 1)).hash("danvan".toCharArray());
        update("doanthe", u -> u.setPasswordHash(weak));
        assertTrue(authentication().authenticate("doanthe", "danvan".toCharArray(), "x").succeeded());
        String upgraded = user("doanthe").getPasswordHash();
        assertTrue(upgraded.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), upgraded);
        assertTrue(authentication().authenticate("doanthe", "danvan".toCharArray(), "x").succeeded());
    }

    @Test
    void vietnameseTextRoundTrips() {
        seedDemo();
        String name = "Đặng Thị Ngọc Ánh 𡨸 Nôm";
        update("quansat", u -> u.setFullName(name));
        assertEquals(name, user("quansat").getFullName());
        assertEquals("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Ninh",
                store.read(em -> unit(em, "24-MTTQ")).getName());
    }
}
