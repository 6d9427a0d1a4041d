package org.danvan.dissemination.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.dissemination.api.DisseminationPermissions;
import org.danvan.dissemination.api.DisseminationService;
import org.danvan.dissemination.api.Document;
import org.danvan.dissemination.api.DocumentDraft;
import org.danvan.dissemination.api.DocumentKind;
import org.danvan.dissemination.api.Session;
import org.danvan.dissemination.api.SessionDraft;
import org.danvan.dissemination.api.SessionForm;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.rules.api.RuleTable;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.SettableClock;
import org.danvan.sdk.testing.db.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The module on a real database: the province's propaganda officer issues documents, the communes' officers record
 * their sessions, a provincial overseer only reads.
 */
abstract class DisseminationFixture {

    static final UserPrincipal PROVINCE_OFFICER = user(1, "tuyengiao", FakeUnits.PROVINCE);
    static final UserPrincipal TIEN_DU_OFFICER = user(2, "tiendu", FakeUnits.TIEN_DU);
    static final UserPrincipal LIM_OFFICER = user(3, "lim", FakeUnits.LIM);
    static final UserPrincipal OVERSEER = user(4, "overseer", FakeUnits.PROVINCE);

    final FakeUnits units = FakeUnits.sample();
    final FakeAccessControl access = new FakeAccessControl(units)
            .grant(PROVINCE_OFFICER, FakeUnits.PROVINCE, DisseminationPermissions.VIEW,
                    DisseminationPermissions.MANAGE)
            .grant(TIEN_DU_OFFICER, FakeUnits.TIEN_DU, DisseminationPermissions.VIEW, DisseminationPermissions.MANAGE,
                    DisseminationPermissions.RECORD)
            .grant(LIM_OFFICER, FakeUnits.LIM, DisseminationPermissions.VIEW, DisseminationPermissions.RECORD)
            .grant(OVERSEER, FakeUnits.PROVINCE, DisseminationPermissions.VIEW);
    /** Monday 2 March 2026, 8 a.m. in Vietnam. */
    final SettableClock clock = SettableClock.at("2026-03-02T08:00");
    final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    final RuleTable rules = RealRules.withModuleFiles("rules/dissemination-rules.csv");
    DisseminationServices services;
    DisseminationService service;

    static UserPrincipal user(long id, String login, long unit) {
        return new UserPrincipal(id, login, login, unit, null, Set.of());
    }

    @BeforeEach
    void start(TestDatabase database) {
        services = DisseminationServices.open(database, access, units, audit, rules, clock);
        service = services.service();
    }

    @AfterEach
    void stop() {
        services.deactivate();
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** Resolution 45-NQ/TU of the province, issued on 20 February, to the province's communes by 20 March. */
    static DocumentDraft toCommunes(long... communes) {
        return new DocumentDraft(FakeUnits.PROVINCE, DocumentKind.RESOLUTION, "45-NQ/TU", day("2026-02-20"),
                "Tỉnh ủy Bắc Ninh", "Nghị quyết về chuyển đổi số", "Ba nhiệm vụ trọng tâm", null, false,
                java.util.Arrays.stream(communes).boxed().toList(), day("2026-03-20"));
    }

    Document issued(long... communes) {
        return service.create(toCommunes(communes), PROVINCE_OFFICER);
    }

    static SessionDraft session(long document, long unit, String day, int present, int members) {
        return new SessionDraft(document, unit, day(day), SessionForm.CONFERENCE, "Bí thư Đảng ủy", present,
                members);
    }

    Session held(long document, long unit, String day, int present, int members, UserPrincipal by) {
        return service.recordSession(session(document, unit, day, present, members), by);
    }

    static List<Long> ids(long... ids) {
        return java.util.Arrays.stream(ids).boxed().toList();
    }
}
