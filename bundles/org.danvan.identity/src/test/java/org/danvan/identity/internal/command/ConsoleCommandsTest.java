package org.danvan.identity.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.util.List;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.danvan.identity.internal.IdentityTestAccess;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.persistence.internal.ModuleTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The danvan:* commands run as the console subject Karaf would set, against the real services on H2. */
class ConsoleCommandsTest {

    private IdentityTestAccess identity;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        identity = IdentityTestAccess.demo(ModuleTestDatabase.h2());
    }

    @AfterEach
    void stop() {
        identity.close();
    }

    /** Runs a command as a console login and returns what it printed. */
    @SuppressWarnings("removal") // Karaf 4.4 itself runs commands with Subject.doAs
    private static String run(String login, PrivilegedExceptionAction<Object> command) throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(login));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Subject.doAs(subject, command);
        } catch (java.security.PrivilegedActionException e) {
            throw e.getException();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void unitImportPrintsTheReportAndStoresNothingWhenALineIsWrong() throws Exception {
        UnitImportCommand command = new UnitImportCommand();
        command.authentication = identity.authentication();
        command.access = identity.access();
        command.units = identity.units();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "code,name,kind,parent_code,valid_from\n24060,Xã Lạ,hamlet,24,2025-07-01\n");
        command.file = bad.toString();
        String refused = run("admin", command::execute);
        assertTrue(refused.contains("Refused, nothing stored"), refused);
        assertTrue(refused.contains("line 2: kind: hamlet is not a kind of unit."), refused);

        Path good = dir.resolve("good.csv");
        Files.write(good, ("\uFEFFcode,name,kind,parent_code,valid_from\n24060,Xã Hoàn Sơn,commune,24,2025-07-01\n")
                .getBytes(StandardCharsets.UTF_8));
        command.file = good.toString();
        assertTrue(run("admin", command::execute).contains("Imported: 1 units from 1 lines."));
        assertEquals("Xã Hoàn Sơn", identity.directory().findByCode("24060").orElseThrow().name());

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "code,name,kind,parent_code,valid_from\n24061,Xã Hà,commune,24,\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        command.file = latin1.toString();
        String unreadable = run("admin", command::execute);
        assertTrue(unreadable.contains("UTF-8 is required"), unreadable);
        assertTrue(identity.directory().findByCode("24061").isEmpty());

        command.file = good.toString();
        assertThrows(AccessDeniedException.class, () -> run("quansat", command::execute));
    }

    @Test
    void userAddCreatesTheUserWithRolesAndPrintsNoSecret() throws Exception {
        UserAddCommand add = new UserAddCommand();
        add.authentication = identity.authentication();
        add.access = identity.access();
        add.directory = identity.directory();
        add.users = identity.users();
        add.roleAdmin = identity.roles();
        add.login = "canbo.moi";
        add.fullName = "Đinh Thị Hoa";
        add.unitCode = "24003";
        add.roles = List.of("case-handler");
        add.password = "Sen-hồng-2026";
        String out = run("admin", add::execute);
        assertTrue(out.contains("User canbo.moi created"), out);
        assertTrue(out.contains("role case-handler held at 24003"), out);
        assertFalse(out.contains("Sen-hồng-2026"), out);

        UserListCommand list = new UserListCommand();
        list.authentication = identity.authentication();
        list.access = identity.access();
        list.directory = identity.directory();
        list.users = identity.users();
        list.text = "dinh thi";
        String listed = run("admin", list::execute);
        assertTrue(listed.contains("canbo.moi") && listed.contains("1 user(s)"), listed);

        RoleAssignCommand assign = new RoleAssignCommand();
        assign.authentication = identity.authentication();
        assign.access = identity.access();
        assign.directory = identity.directory();
        assign.users = identity.users();
        assign.roles = identity.roles();
        assign.login = "canbo.moi";
        assign.role = "observer";
        assign.unitCode = "24003-01";
        assertTrue(run("admin", assign::execute).contains("now holds observer at 24003-01"));
        assertEquals(2, identity.roles().assignmentsOf(identity.users().find(
                identity.authentication().principalOf("admin").orElseThrow(),
                new org.danvan.identity.api.UserFilter("canbo.moi", null, null, null), 0, 1).get(0).id()).size());

        RoleListCommand roles = new RoleListCommand();
        roles.authentication = identity.authentication();
        roles.access = identity.access();
        roles.roles = identity.roles();
        String roleList = run("admin", roles::execute);
        assertTrue(roleList.contains("province-admin  Province administrator  (built-in)"), roleList);
        assertTrue(roleList.contains("    identity.users.manage"), roleList);

        UnitListCommand units = new UnitListCommand();
        units.authentication = identity.authentication();
        units.access = identity.access();
        units.directory = identity.directory();
        units.code = "09370";
        String retired = run("admin", units::execute);
        assertTrue(retired.contains("Xã Liên Bão  (retired 2025-06-30, now: 24003)"), retired);
        assertThrows(AccessDeniedException.class, () -> run("chutich.tiendu", units::execute));
        assertThrows(AccessDeniedException.class, () -> run("nobody", () -> add.execute()));
    }
}
