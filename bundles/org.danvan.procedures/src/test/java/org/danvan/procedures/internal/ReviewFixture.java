package org.danvan.procedures.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.cases.api.CaseNumberLookup;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.procedures.api.Procedure;
import org.danvan.procedures.api.ProcedureDraft;
import org.danvan.procedures.api.ProcedureLevel;
import org.danvan.procedures.api.ProcedurePermissions;
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
 * The module on a real database, with a commune's chair (decides), a keeper of the register (manages), the chair of
 * another commune, a provincial overseer, and a case engine that knows two cases.
 */
abstract class ReviewFixture {

    static final UserPrincipal CHAIR = user(1, "chair", FakeUnits.TIEN_DU);
    static final UserPrincipal KEEPER = user(2, "keeper", FakeUnits.TIEN_DU);
    static final UserPrincipal LIM_CHAIR = user(4, "limchair", FakeUnits.LIM);
    static final UserPrincipal OVERSEER = user(5, "overseer", FakeUnits.PROVINCE);

    final FakeUnits units = FakeUnits.sample();
    final FakeAccessControl access = new FakeAccessControl(units)
            .grant(CHAIR, FakeUnits.TIEN_DU, ProcedurePermissions.VIEW, ProcedurePermissions.MANAGE,
                    ProcedurePermissions.DECIDE)
            .grant(KEEPER, FakeUnits.TIEN_DU, ProcedurePermissions.MANAGE)
            .grant(LIM_CHAIR, FakeUnits.LIM, ProcedurePermissions.VIEW, ProcedurePermissions.MANAGE,
                    ProcedurePermissions.DECIDE)
            .grant(OVERSEER, FakeUnits.PROVINCE, ProcedurePermissions.VIEW);
    /** Monday 2 March 2026, 8 a.m. in Vietnam. */
    final SettableClock clock = SettableClock.at("2026-03-02T08:00");
    final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    final FakeCases cases = new FakeCases();
    final RuleTable rules = RealRules.withModuleFiles("rules/procedures-rules.csv");
    ProcedureServices services;

    static UserPrincipal user(long id, String login, long unit) {
        return new UserPrincipal(id, login, login, unit, null, Set.of());
    }

    @BeforeEach
    void start(TestDatabase database) {
        services = ProcedureServices.open(database, access, units, audit, rules, RealRules.calendar(), cases, clock);
    }

    @AfterEach
    void stop() {
        services.deactivate();
    }

    static ProcedureDraft draft(long unit, String code, int days, long fee) {
        return new ProcedureDraft(unit, ProcedureLevel.COMMUNE, code, "Đăng ký khai sinh " + code, "Hộ tịch",
                "Luật Hộ tịch số 60/2014/QH13", "Nộp hồ sơ\nCông chức tư pháp kiểm tra\nChủ tịch ký",
                "Tờ khai\nGiấy chứng sinh", days, fee);
    }

    Procedure procedure(String code, int days, long fee) {
        return services.register().create(draft(FakeUnits.TIEN_DU, code, days, fee), KEEPER);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** A case engine that knows cases 2026/000042 (also found by its id 42) and 2026/000043, for any user but Lim's. */
    static final class FakeCases implements CaseNumberLookup {

        boolean available = true;
        final Map<String, String> known = new HashMap<>(Map.of("2026/000042", "2026/000042", "42", "2026/000042",
                "2026/000043", "2026/000043"));

        @Override
        public boolean available() {
            return available;
        }

        @Override
        public Optional<String> number(UserPrincipal user, String typed) {
            return user.equals(LIM_CHAIR) ? Optional.empty() : Optional.ofNullable(known.get(typed));
        }
    }
}
