package org.danvan.identity.internal;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.Supplier;

import org.danvan.platform.api.security.Roles;
import org.danvan.identity.internal.access.BuiltInRoles;
import org.danvan.identity.internal.model.OrgUnit;
import org.danvan.identity.internal.model.RoleAssignment;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.model.UserMembership;
import org.danvan.identity.internal.org.UnitWriter;
import org.danvan.identity.internal.password.PasswordHasher;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.persistence.api.EntityStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Seeds an identity database that has no users yet: the demo province, or only an administrator with a random
 * password. Everything is written in one transaction, so a failed first start leaves nothing behind and the next
 * start tries again; once any user exists, nothing is ever seeded.
 */
final class FirstRunSeeder {

    /** What a start did. */
    enum Outcome {
        /** Users existed already. */
        NOTHING,
        /** The demo province and its users were created. */
        DEMO,
        /** Only the root unit and the administrator were created. */
        ADMINISTRATOR
    }

    static final String ROOT_UNIT_CODE = "ROOT";
    static final String ROOT_UNIT_NAME = "Đơn vị gốc";
    static final String URL = "http://localhost:8181/";

    private static final Logger LOG = LoggerFactory.getLogger(FirstRunSeeder.class);
    /** No look-alike characters (0/O, 1/l/I), so the password can be copied from a log by hand. */
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int RANDOM_PASSWORD_LENGTH = 16;

    private final EntityStore store;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final PrintStream console;
    private final Supplier<char[]> passwordGenerator;

    FirstRunSeeder(EntityStore store, PasswordHasher hasher) {
        this(store, hasher, Clock.systemUTC(), System.out, FirstRunSeeder::randomPassword);
    }

    FirstRunSeeder(EntityStore store, PasswordHasher hasher, Clock clock, PrintStream console,
            Supplier<char[]> passwordGenerator) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
        this.console = console;
        this.passwordGenerator = passwordGenerator;
    }

    /** Creates missing built-in roles and search keys (every start), then seeds an empty database. */
    Outcome seedIfEmpty(boolean demoData) {
        prepare();
        char[] randomPassword = demoData ? null : passwordGenerator.get();
        Outcome outcome;
        try {
            outcome = store.inTransaction(em -> {
                if (hasUsers(em)) {
                    return Outcome.NOTHING;
                }
                LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
                if (demoData) {
                    new DemoProvince(em).create(hasher, now);
                    return Outcome.DEMO;
                }
                createAdministrator(em, randomPassword, now);
                return Outcome.ADMINISTRATOR;
            });
        } catch (PersistenceException e) {
            // another node may have seeded the shared database at the same moment: the unique login wins
            if (store.read(FirstRunSeeder::hasUsers)) {
                LOG.info("Identity data was seeded concurrently by another process");
                outcome = Outcome.NOTHING;
            } else {
                throw e;
            }
        }
        try {
            announce(outcome, randomPassword);
        } finally {
            if (randomPassword != null) {
                Arrays.fill(randomPassword, '\0');
            }
        }
        return outcome;
    }

    /** What every start needs whatever the data: the built-in roles, and search keys of accounts migrated to them. */
    private void prepare() {
        try {
            store.run(em -> {
                int roles = BuiltInRoles.ensure(em);
                if (roles > 0) {
                    LOG.info("{} built-in roles created", roles);
                }
                for (UserAccount user : em.createQuery("SELECT u FROM UserAccount u WHERE u.searchKey IS NULL",
                        UserAccount.class).getResultList()) {
                    user.setSearchKey(SearchText.userKey(user.getLogin(), user.getFullName(), user.getEmail()));
                }
            });
        } catch (PersistenceException e) {
            // another node prepared the shared database at the same moment
            LOG.info("Built-in roles were created concurrently by another process");
        }
    }

    private static boolean hasUsers(EntityManager em) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult() > 0;
    }

    private void createAdministrator(EntityManager em, char[] password, LocalDateTime now) {
        OrgUnit root = new UnitWriter(em, IdentityAudit.SYSTEM, now).create(ROOT_UNIT_CODE, ROOT_UNIT_NAME,
                OrgUnitKinds.PROVINCE, null, LocalDate.now(clock), null);
        UserAccount admin = new UserAccount(DemoProvince.ADMIN_LOGIN, "Quản trị hệ thống", hasher.hash(password),
                root.getId(), now);
        admin.setSearchKey(SearchText.userKey(admin.getLogin(), admin.getFullName(), null));
        // the generated password is in the log: it must be replaced at the first login
        admin.setMustChangePassword(true);
        em.persist(admin);
        em.persist(new UserMembership(admin.getId(), root.getId(), 0));
        em.persist(new RoleAssignment(admin.getId(), Roles.PROVINCE_ADMIN, root.getId()));
    }

    private void announce(Outcome outcome, char[] randomPassword) {
        switch (outcome) {
            case DEMO -> {
                StringBuilder banner = new StringBuilder()
                        .append("DanVan: demo data created (DEMO ONLY - published passwords, never use in production)\n")
                        .append("  Open ").append(URL).append('\n');
                for (DemoProvince.DemoUser user : DemoProvince.USERS) {
                    String password = DemoProvince.ADMIN_LOGIN.equals(user.login()) ? DemoProvince.ADMIN_PASSWORD
                            : DemoProvince.USER_PASSWORD;
                    banner.append(String.format("  %-16s / %-8s %s (%s)%n", user.login(), password,
                            user.fullName(), user.roleId()));
                }
                console.print(banner);
                console.flush();
                LOG.info("{}", banner.toString().stripTrailing());
            }
            case ADMINISTRATOR -> {
                // the one and only place the generated password is written
                LOG.warn("DanVan: administrator account created. Login: {}  Password: {}  (shown once; change it "
                        + "after the first login)", DemoProvince.ADMIN_LOGIN, new String(randomPassword));
                console.println("DanVan: administrator '" + DemoProvince.ADMIN_LOGIN + "' created at " + URL
                        + " - its one-time password is in data/log/karaf.log");
                console.flush();
            }
            case NOTHING -> LOG.debug("Identity data present; nothing seeded");
        }
    }

    /** A password of 16 characters from {@link SecureRandom} (about 93 bits). */
    static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[RANDOM_PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length()));
        }
        return password;
    }
}
