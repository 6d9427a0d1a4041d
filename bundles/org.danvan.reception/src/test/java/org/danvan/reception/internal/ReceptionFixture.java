package org.danvan.reception.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.keys.internal.KeyServiceImpl;
import org.danvan.platform.persistence.internal.ModuleTestDatabase;
import org.danvan.reception.api.BookEntryDraft;
import org.danvan.reception.api.Disposition;
import org.danvan.reception.api.LeaderRole;
import org.danvan.reception.api.PetitionKind;
import org.danvan.reception.api.ReceptionPermissions;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.api.SessionDraft;
import org.danvan.reception.api.SessionKind;
import org.danvan.rules.api.RuleTable;
import org.danvan.sdk.testing.RealRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The reception services on a real database with in-memory stand-ins for the other bundles; subclasses choose H2
 * or MariaDB. "Today" is Wednesday 15 July 2026 in Vietnam.
 */
abstract class ReceptionFixture {

    /** Wednesday 15 July 2026, 10:00 in Vietnam: two weeks after the delegation ban took effect. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-15T03:00:00Z"), ZoneOffset.UTC);
    /** The real rule table on the real calendar (online-session clocks). */
    static final RuleTable RULES = RealRules.withModuleFiles();
    static final long PROVINCE = 1;
    static final long COMMUNE = 10;
    static final long WARD = 11;

    static final UserPrincipal CHAIR = user(1, "chutich.tiendu", "Nguyễn Văn An");
    static final UserPrincipal OFFICER = user(2, "tiepdan", "Trần Thị Bình");
    static final UserPrincipal ADMIN = user(3, "admin", "Quản trị hệ thống");
    static final UserPrincipal WARD_OFFICER = user(4, "tiepdan.kinhbac", "Lê Thị Cúc");
    static final UserPrincipal MASS_ORG = user(5, "doanthe", "Hoàng Văn Em");

    protected ModuleTestDatabase database;
    protected ReceptionDatabase reception;
    /** The platform's key service on a key file of the test's own (written on the first ring). */
    protected KeyServiceImpl keys = KeyServiceImpl.onFile(
            Path.of(System.getProperty("java.io.tmpdir"), "danvan-reception-keys-" + java.util.UUID.randomUUID()));
    protected ReceptionScheduleImpl schedule;
    protected ReceptionBookImpl book;
    protected DialogueServiceImpl dialogues;
    protected final TestOrgUnits units = new TestOrgUnits();
    protected final TestAccessControl access = new TestAccessControl(units);
    protected final TestAuditTrail audit = new TestAuditTrail();
    protected final TestCaseIntake cases = new TestCaseIntake();

    protected abstract ModuleTestDatabase createDatabase();

    static UserPrincipal user(long id, String login, String name) {
        return new UserPrincipal(id, login, name, null, null, Set.of());
    }

    @BeforeEach
    void open() {
        units.add(PROVINCE, "24", "Tỉnh Bắc Ninh", OrgUnitKinds.PROVINCE, null);
        units.add(COMMUNE, "09310", "Xã Tiên Du", OrgUnitKinds.COMMUNE, PROVINCE);
        units.add(WARD, "09190", "Phường Kinh Bắc", OrgUnitKinds.WARD, PROVINCE);
        for (String p : List.of(ReceptionPermissions.VIEW, ReceptionPermissions.RECORD,
                ReceptionPermissions.SCHEDULE)) {
            access.grant(CHAIR, p, COMMUNE);
        }
        access.grant(OFFICER, ReceptionPermissions.VIEW, COMMUNE);
        access.grant(OFFICER, ReceptionPermissions.RECORD, COMMUNE);
        ReceptionPermissions.ALL.forEach(p -> access.grant(ADMIN, p, PROVINCE));
        access.grant(WARD_OFFICER, ReceptionPermissions.VIEW, WARD);
        access.grant(WARD_OFFICER, ReceptionPermissions.RECORD, WARD);
        access.grant(MASS_ORG, ReceptionPermissions.DIALOGUE_MANAGE, COMMUNE);

        database = createDatabase();
        reception = new ReceptionDatabase(database, keys.ring(PersonalDataProtector.PURPOSE));
        schedule = new ReceptionScheduleImpl(reception, access, units, audit, CLOCK, RULES);
        book = new ReceptionBookImpl(reception, access, units, audit, CLOCK, cases);
        dialogues = new DialogueServiceImpl(reception, access, units, audit, CLOCK);
    }

    @AfterEach
    void close() throws java.io.IOException {
        database.close();
        java.nio.file.Files.deleteIfExists(keys.file());
    }

    protected ReceptionSession held(long unit, LocalDate day, LeaderRole role) {
        UserPrincipal planner = unit == COMMUNE ? CHAIR : ADMIN;
        ReceptionSession s = schedule.schedule(new SessionDraft(unit, day, "Trụ sở tiếp công dân", SessionKind.REGULAR,
                null, "Nguyễn Văn An", LeaderRole.HEAD, null), planner);
        return schedule.recordHeld(s.id(), s.version(), null, role == LeaderRole.HEAD ? "Nguyễn Văn An"
                : "Phạm Văn Phó", role, planner);
    }

    static BookEntryDraft draft(long unit, LocalDate day, String name) {
        return new BookEntryDraft(unit, day, name, "Thôn Đông, xã Tiên Du, tỉnh Bắc Ninh", "027095001234",
                "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất cho hộ gia đình", PetitionKind.COMPLAINT, 1,
                null, Disposition.ACCEPT, null, null, null, null);
    }
}
