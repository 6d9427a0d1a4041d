package org.danvan.audit.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.danvan.audit.internal.AuditTrailService;
import org.danvan.audit.internal.TestTrails;
import org.danvan.platform.api.audit.AuditEntry;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.AuthenticationResult;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.persistence.internal.ModuleTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console commands as Karaf runs them: as the JAAS subject of the session, on a real (H2) trail. The identity
 * core's services are stood in for by two small implementations: who exists, and who holds {@code audit.view}.
 */
class AuditCommandsTest {

    private static final Set<String> AUDITORS = Set.of("thanhtra");

    private ModuleTestDatabase database;
    private AuditTrailService trail;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void openTrail() {
        database = ModuleTestDatabase.h2();
        trail = TestTrails.on(database.open(AuditTrailService.UNIT));
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    private static org.danvan.platform.api.security.UserPrincipal principal(String login) {
        return new org.danvan.platform.api.security.UserPrincipal(login.length(), login, login, 1L, "Tỉnh",
                Set.of());
    }

    private final AuthenticationService authentication = new AuthenticationService() {
        @Override
        public AuthenticationResult authenticate(String login, char[] password, String remoteAddress) {
            throw new UnsupportedOperationException("the commands never authenticate");
        }

        @Override
        public Optional<org.danvan.platform.api.security.UserPrincipal> refresh(
                org.danvan.platform.api.security.UserPrincipal principal) {
            return Optional.of(principal);
        }

        @Override
        public Optional<org.danvan.platform.api.security.UserPrincipal> principalOf(String login) {
            return Set.of("thanhtra", "xuly").contains(login) ? Optional.of(principal(login)) : Optional.empty();
        }
    };

    private final AccessControl accessControl = new AccessControl() {
        @Override
        public boolean isPermitted(org.danvan.platform.api.security.UserPrincipal user, String permission,
                long unitId) {
            return isPermittedSomewhere(user, permission);
        }

        @Override
        public boolean isPermittedSomewhere(org.danvan.platform.api.security.UserPrincipal user, String permission) {
            return "audit.view".equals(permission) && AUDITORS.contains(user.login());
        }

        @Override
        public AccessScope scope(org.danvan.platform.api.security.UserPrincipal user, String permission) {
            return isPermittedSomewhere(user, permission) ? AccessScope.all() : AccessScope.none();
        }
    };

    private VerifyAuditCommand verifyCommand() {
        VerifyAuditCommand command = new VerifyAuditCommand();
        command.auditTrail = trail;
        command.accessControl = accessControl;
        command.authenticationService = authentication;
        return command;
    }

    private ListAuditCommand listCommand(String action, String user, int limit) {
        ListAuditCommand command = new ListAuditCommand();
        command.auditTrail = trail;
        command.accessControl = accessControl;
        command.authenticationService = authentication;
        command.actionPrefix = action;
        command.login = user;
        command.limit = limit;
        return command;
    }

    /** Runs a command as Karaf does: as the session's subject, with System.out going to the session. */
    private String runAs(String login, PrivilegedExceptionAction<Object> command) throws Exception {
        Subject subject = new Subject();
        if (login != null) {
            subject.getPrincipals().add(new UserPrincipal(login));
        }
        PrintStream previous = System.out;
        System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
        try {
            Subject.doAs(subject, command);
        } catch (java.security.PrivilegedActionException e) {
            throw e.getException();
        } finally {
            System.setOut(previous);
        }
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void verifyPrintsOkAndRecordsWhoChecked() throws Exception {
        trail.record(AuditEvent.of("identity.login", "admin", 1L, Map.of()));
        trail.record(AuditEvent.of("identity.logout", "admin", 1L, Map.of()));

        assertEquals("OK: 2 entries, chain intact" + System.lineSeparator(),
                runAs("thanhtra", verifyCommand()::execute));

        AuditEntry recorded = trail.find(AuditFilter.any(), 0, 1).get(0);
        assertEquals(3, recorded.sequence());
        assertEquals("audit.verified", recorded.event().action());
        assertEquals("thanhtra", recorded.event().actorLogin());
        assertEquals(Map.of("entries", "2", "intact", "true"), recorded.event().details());
        assertTrue(trail.verify().intact());
    }

    @Test
    void verifyPrintsWhereTheChainIsBroken() throws Exception {
        for (int i = 0; i < 3; i++) {
            trail.record(AuditEvent.of("identity.login", "admin", 1L, Map.of()));
        }
        try (var connection = database.dataSource().getConnection();
                var statement = connection.prepareStatement("DELETE FROM aud_entry WHERE seq = 2")) {
            statement.executeUpdate();
        }
        String printed = runAs("thanhtra", verifyCommand()::execute);
        assertEquals("BROKEN at seq 2: entry 2 is missing (the next stored entry is 3)" + System.lineSeparator(),
                printed);
        AuditEntry recorded = trail.find(AuditFilter.any(), 0, 1).get(0);
        assertEquals("false", recorded.event().details().get("intact"));
        assertEquals("2", recorded.event().details().get("firstBrokenSequence"));
    }

    @Test
    void withoutAuditViewNothingIsShownOrRecorded() throws Exception {
        trail.record(AuditEvent.of("identity.login", "admin", 1L, Map.of("secret", "not for xuly")));
        assertThrows(AccessDeniedException.class, () -> runAs("xuly", verifyCommand()::execute));
        assertThrows(AccessDeniedException.class, () -> runAs("xuly", listCommand(null, null, 20)::execute));
        assertThrows(AccessDeniedException.class, () -> runAs("nobody", verifyCommand()::execute),
                "a login without a DanVan account");
        assertThrows(AccessDeniedException.class, () -> runAs(null, listCommand(null, null, 20)::execute),
                "no console session at all");
        assertEquals("", output.toString(StandardCharsets.UTF_8));
        assertEquals(1, trail.count(AuditFilter.any()));
    }

    @Test
    void listFiltersByActionPrefixAndUserNewestFirst() throws Exception {
        trail.record(new AuditEvent("identity.login", "admin", 1L, null, null, null, Map.of(), "192.0.2.1"));
        trail.record(new AuditEvent("identity.login.failed", "admin", 1L, null, null, null, Map.of(), null));
        trail.record(new AuditEvent("case.unmask", "admin", 1L, "case", "17", 9L, Map.of("reason", "thẩm tra"),
                null));
        trail.record(new AuditEvent("identity.login", "xuly", 4L, null, null, null, Map.of(), null));
        trail.record(new AuditEvent("identity.login", "admin", 1L, null, null, null, Map.of(), null));

        List<String> lines = runAs("thanhtra", listCommand("identity.", "admin", 2)::execute).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("\\s+5  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ  identity\\.login\\s+admin\\s*"),
                lines.get(0));
        assertTrue(lines.get(1).trim().startsWith("2 "), lines.get(1));
        assertEquals("2 of 3 matching entries shown, newest first", lines.get(2));

        output.reset();
        List<String> all = runAs("thanhtra", listCommand(null, null, 20)::execute).lines().toList();
        assertEquals(6, all.size());
        assertTrue(all.get(2).contains("case.unmask") && all.get(2).contains("case#17 unit=9 {reason=thẩm tra}"),
                all.get(2));
    }

    @Test
    void aBadLimitIsRefusedWithItsReason() throws Exception {
        String printed = runAs("thanhtra", listCommand(null, null, 0)::execute);
        assertEquals("Refused: limit: audit.validation.limit.range [1, 1000]" + System.lineSeparator(), printed);
    }

    @Test
    void controlCharactersNeverReachTheTerminal() {
        assertEquals("a?[2Jb?c", AuditConsole.printable("a\u001b[2Jb\u009bc"));
        assertEquals("-", AuditConsole.printable(null));
    }
}
