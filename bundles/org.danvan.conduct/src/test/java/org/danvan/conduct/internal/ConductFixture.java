package org.danvan.conduct.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.cases.api.CaseNumberLookup;
import org.danvan.conduct.api.ConductPermissions;
import org.danvan.conduct.api.InspectionDraft;
import org.danvan.conduct.api.SanctionDraft;
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
 * The module on a real database, with a commune's chair (decides), an inspector of the commune (manages), the chair of
 * another commune, a provincial overseer, and a case engine that knows two cases.
 */
abstract class ConductFixture {

    static final UserPrincipal CHAIR = user(1, "chair", FakeUnits.TIEN_DU);
    static final UserPrincipal INSPECTOR = user(2, "inspector", FakeUnits.TIEN_DU);
    static final UserPrincipal LIM_CHAIR = user(4, "limchair", FakeUnits.LIM);
    static final UserPrincipal OVERSEER = user(5, "overseer", FakeUnits.PROVINCE);

    final FakeUnits units = FakeUnits.sample();
    final FakeAccessControl access = new FakeAccessControl(units)
            .grant(CHAIR, FakeUnits.TIEN_DU, ConductPermissions.VIEW, ConductPermissions.MANAGE,
                    ConductPermissions.DECIDE)
            .grant(INSPECTOR, FakeUnits.TIEN_DU, ConductPermissions.MANAGE)
            .grant(LIM_CHAIR, FakeUnits.LIM, ConductPermissions.VIEW, ConductPermissions.MANAGE,
                    ConductPermissions.DECIDE)
            .grant(OVERSEER, FakeUnits.PROVINCE, ConductPermissions.VIEW);
    /** Monday 2 March 2026, 8 a.m. in Vietnam. */
    final SettableClock clock = SettableClock.at("2026-03-02T08:00");
    final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    final FakeCases cases = new FakeCases();
    final RuleTable rules = RealRules.withModuleFiles("rules/conduct-rules.csv");
    ConductServices services;

    static UserPrincipal user(long id, String login, long unit) {
        return new UserPrincipal(id, login, login, unit, null, Set.of());
    }

    @BeforeEach
    void start(TestDatabase database) {
        services = ConductServices.open(database, access, units, audit, rules, RealRules.calendar(), cases, clock);
    }

    @AfterEach
    void stop() {
        services.deactivate();
    }

    static InspectionDraft plan(long unit, String place, List<String> cases) {
        return new InspectionDraft(unit, place, day("2026-03-02"), "Nguyễn Văn An\nTrần Thị Bình",
                "Thái độ tiếp dân; niêm yết thủ tục, phí", cases);
    }

    static SanctionDraft sanction(Long inspectionId, String form, String violationOn, String number,
            List<String> cases) {
        return new SanctionDraft(FakeUnits.TIEN_DU, inspectionId, "Lê Văn Cường", "Công chức tư pháp - hộ tịch", form,
                "Hách dịch, gây khó khăn cho người dân khi làm thủ tục", day(violationOn), number, day("2026-03-02"),
                "Chủ tịch UBND xã", cases);
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
