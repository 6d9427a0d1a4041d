package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.internal.crypto.FieldCipher;
import org.danvan.cases.internal.testing.MutableClock;
import org.danvan.platform.keys.internal.KeyServiceImpl;
import org.danvan.cases.internal.testing.TestAccessControl;
import org.danvan.cases.internal.testing.TestAuditTrail;
import org.danvan.cases.internal.testing.TestCalendar;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.danvan.cases.internal.testing.TestDeadlines;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.internal.ModuleTestDatabase;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.internal.RuleTableParser;
import org.danvan.rules.internal.StatutoryRuleTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A case engine on a real database (H2 or MariaDB, chosen by the subclass) with the real statutory rule table and
 * test stand-ins for access control, audit trail, org units and the working calendar (weekends plus holidays the
 * test adds). "Today" is Tuesday 10 March 2026 in Vietnam.
 */
abstract class CaseEngineFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static final UserPrincipal RECEPTION = user(11, "tiepdan", "Trần Thị Bình", TestOrgUnits.TIEN_DU);
    static final UserPrincipal CHAIR = user(12, "chutich.tiendu", "Nguyễn Văn An", TestOrgUnits.TIEN_DU);
    static final UserPrincipal HANDLER = user(13, "xuly", "Lê Văn Cường", TestOrgUnits.TIEN_DU);
    static final UserPrincipal INSPECTOR = user(14, "thanhtra", "Phạm Thị Dung", TestOrgUnits.PROVINCE);
    static final UserPrincipal OBSERVER = user(15, "quansat", "Vũ Thị Giang", TestOrgUnits.LIM);
    static final UserPrincipal LIM_OFFICER = user(16, "tiepdan.lim", "Đỗ Văn Hùng", TestOrgUnits.LIM);

    protected ModuleTestDatabase database;
    protected EntityStore store;
    protected TestOrgUnits units = new TestOrgUnits();
    protected TestAccessControl access = new TestAccessControl(units);
    protected TestAuditTrail audit = new TestAuditTrail();
    protected TestCalendar calendar = new TestCalendar();
    /** The real rule table of org.danvan.rules with its rows and figures, counting on the editable test calendar. */
    protected RuleTable rules = new StatutoryRuleTable(RuleTableParser.bundledRows(), new TestDeadlines(calendar),
            calendar);
    protected MutableClock clock = new MutableClock(Instant.parse("2026-03-10T03:00:00Z"));
    /** The platform's key service on a key file of the test's own (written on the first ring). */
    protected KeyServiceImpl keys = KeyServiceImpl.onFile(
            Path.of(System.getProperty("java.io.tmpdir"), "danvan-case-keys-" + java.util.UUID.randomUUID()));
    protected FieldCipher cipher = new FieldCipher(keys.ring(CaseKeys.PURPOSE));
    protected Path contentStore;
    protected CaseEngine engine;

    protected abstract ModuleTestDatabase createDatabase();

    @BeforeEach
    void openEngine() throws IOException {
        database = createDatabase();
        store = database.open(CaseUnit.UNIT);
        contentStore = Files.createTempDirectory("danvan-attachments-");
        access.grant(RECEPTION, TestOrgUnits.TIEN_DU, CasePermissions.INTAKE, CasePermissions.CLASSIFY,
                CasePermissions.TRANSFER, CasePermissions.VIEW);
        access.grant(CHAIR, TestOrgUnits.TIEN_DU, CasePermissions.ALL.toArray(String[]::new));
        access.grant(HANDLER, TestOrgUnits.TIEN_DU, CasePermissions.VIEW, CasePermissions.RESOLVE);
        access.grant(INSPECTOR, TestOrgUnits.PROVINCE, CasePermissions.ALL.toArray(String[]::new));
        access.grant(OBSERVER, TestOrgUnits.LIM, CasePermissions.VIEW);
        access.grant(LIM_OFFICER, TestOrgUnits.LIM, CasePermissions.INTAKE, CasePermissions.VIEW,
                CasePermissions.CLASSIFY);
        engine = newEngine(CaseSettings.defaults(contentStore));
    }

    protected CaseEngine newEngine(CaseSettings settings) {
        return newEngine(store, settings);
    }

    protected CaseEngine newEngine(EntityStore on, CaseSettings settings) {
        return new CaseEngine(new CaseContext(on, rules, calendar, access, audit, units, cipher, clock, settings));
    }

    @AfterEach
    void closeDatabase() throws IOException {
        database.close();
        Files.deleteIfExists(keys.file());
        try (Stream<Path> paths = Files.walk(contentStore)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UserPrincipal user(long id, String login, String name, long unit) {
        return new UserPrincipal(id, login, name, unit, null, Set.of());
    }

    static PersonData person(String name, String idNumber, String phone) {
        return new PersonData(name, "Thôn Đông, xã Tiên Du, tỉnh Bắc Ninh", idNumber, phone, null, null);
    }

    IntakeReceipt intake(CaseKind kind, PersonData petitioner, String content) {
        return intake(TestOrgUnits.TIEN_DU, kind, petitioner, content, TODAY);
    }

    IntakeReceipt intake(long unit, CaseKind kind, PersonData petitioner, String content, LocalDate receivedOn) {
        UserPrincipal officer = unit == TestOrgUnits.LIM ? LIM_OFFICER : RECEPTION;
        return engine.intake(officer, new IntakeRequest(unit, kind, Channel.RECEPTION_OFFICE, null,
                petitioner == null ? List.of() : List.of(petitioner), false, 1, "UBND xã Tiên Du", content,
                receivedOn, null, null));
    }

    long version(long caseId) {
        return engine.detail(INSPECTOR, caseId).summary().version();
    }

    static void assertRefused(String key, Runnable action) {
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(key, e.violations().get(0).messageKey(), e.getMessage());
    }
}
