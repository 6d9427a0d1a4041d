package org.danvan.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.SettableClock;
import org.danvan.sdk.testing.db.TestDatabase;
import org.danvan.supervision.api.ProgrammeDraft;
import org.danvan.supervision.api.SubjectKind;
import org.danvan.supervision.api.SupervisionForm;
import org.danvan.supervision.api.SupervisionPermissions;
import org.danvan.supervision.api.SupervisionProgramme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The module on a real database: the Front committee of Xã Tiên Du supervises; the commune's chair answers; the chair
 * of Xã Lim and a province overseer look on.
 */
abstract class SupervisionFixture {

    /** The Front committee of Xã Tiên Du, below the commune. */
    static final long TD_FRONT = 122;
    static final UserPrincipal FRONT = user(1, "mttq.tiendu", TD_FRONT);
    static final UserPrincipal CHAIR = user(2, "chutich.tiendu", FakeUnits.TIEN_DU);
    static final UserPrincipal LIM_CHAIR = user(3, "chutich.lim", FakeUnits.LIM);
    static final UserPrincipal OVERSEER = user(4, "overseer", FakeUnits.PROVINCE);

    final FakeUnits units = FakeUnits.sample().add(TD_FRONT, "27-TD-MTTQ", "Ủy ban MTTQ Việt Nam xã Tiên Du",
            OrgUnitKinds.FATHERLAND_FRONT, FakeUnits.TIEN_DU);
    final FakeAccessControl access = new FakeAccessControl(units)
            .grant(FRONT, TD_FRONT, SupervisionPermissions.VIEW, SupervisionPermissions.MANAGE)
            .grant(CHAIR, FakeUnits.TIEN_DU, SupervisionPermissions.VIEW, SupervisionPermissions.ANSWER)
            .grant(LIM_CHAIR, FakeUnits.LIM, SupervisionPermissions.VIEW, SupervisionPermissions.ANSWER)
            .grant(OVERSEER, FakeUnits.PROVINCE, SupervisionPermissions.VIEW);
    /** Monday 2 March 2026, 8 a.m. in Vietnam. */
    final SettableClock clock = SettableClock.at("2026-03-02T08:00");
    final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    SupervisionServices services;

    static UserPrincipal user(long id, String login, long unit) {
        return new UserPrincipal(id, login, login, unit, null, Set.of());
    }

    @BeforeEach
    void start(TestDatabase database) {
        services = SupervisionServices.open(database, access, units, audit,
                RealRules.withModuleFiles("rules/supervision-rules.csv"), clock);
    }

    @AfterEach
    void stop() {
        services.deactivate();
    }

    static ProgrammeDraft draft(LocalDate roundOn) {
        return new ProgrammeDraft(TD_FRONT, "Giám sát việc giải quyết đơn thư của công dân năm 2026", SubjectKind.UNIT,
                FakeUnits.TIEN_DU, "Ủy ban nhân dân xã Tiên Du", SupervisionForm.TEAM,
                "Việc tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh quý I năm 2026", roundOn,
                List.of("Nguyễn Văn Hùng, Chủ tịch UBMTTQ xã", "Trần Thị Lan, Chủ tịch Hội Phụ nữ"));
    }

    /** A programme planned, its plan sent, and its round held on 20 March 2026. */
    SupervisionProgramme held() {
        SupervisionProgramme p = services.programmes().create(draft(day("2026-03-20")), FRONT);
        p = services.programmes().sendPlan(p.id(), p.version(), day("2026-03-02"), FRONT);
        clock.setDay(day("2026-03-20"));
        return services.programmes().holdRound(p.id(), p.version(), day("2026-03-20"),
                "Còn 3 đơn quá hạn giải quyết", FRONT);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
