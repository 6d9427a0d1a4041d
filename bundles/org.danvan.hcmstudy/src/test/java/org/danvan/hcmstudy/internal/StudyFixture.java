package org.danvan.hcmstudy.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.hcmstudy.api.Member;
import org.danvan.hcmstudy.api.MemberDraft;
import org.danvan.hcmstudy.api.Programme;
import org.danvan.hcmstudy.api.ProgrammeDraft;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.SettableClock;
import org.danvan.sdk.testing.db.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The module on a real database, with a commune's chair, a keeper, a member, another commune and an overseer. */
abstract class StudyFixture {

    static final UserPrincipal CHAIR = user(1, "chair", FakeUnits.TIEN_DU);
    static final UserPrincipal KEEPER = user(2, "keeper", FakeUnits.TIEN_DU);
    static final UserPrincipal AN = user(3, "an", FakeUnits.TIEN_DU);
    static final UserPrincipal LIM_CHAIR = user(4, "limchair", FakeUnits.LIM);
    static final UserPrincipal OVERSEER = user(5, "overseer", FakeUnits.PROVINCE);

    final FakeUnits units = FakeUnits.sample();
    final FakeAccessControl access = new FakeAccessControl(units)
            .grant(CHAIR, FakeUnits.TIEN_DU, HcmStudyPermissions.VIEW, HcmStudyPermissions.MANAGE,
                    HcmStudyPermissions.ASSESS, HcmStudyPermissions.PARTICIPATE)
            .grant(KEEPER, FakeUnits.TIEN_DU, HcmStudyPermissions.MANAGE, HcmStudyPermissions.PARTICIPATE)
            .grant(AN, FakeUnits.TIEN_DU, HcmStudyPermissions.PARTICIPATE)
            .grant(LIM_CHAIR, FakeUnits.LIM, HcmStudyPermissions.VIEW, HcmStudyPermissions.MANAGE,
                    HcmStudyPermissions.ASSESS, HcmStudyPermissions.PARTICIPATE)
            .grant(OVERSEER, FakeUnits.PROVINCE, HcmStudyPermissions.VIEW);
    /** Monday 2 March 2026, 8 a.m. in Vietnam. */
    final SettableClock clock = SettableClock.at("2026-03-02T08:00");
    final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    HcmStudyServices services;

    static UserPrincipal user(long id, String login, long unit) {
        return new UserPrincipal(id, login, login, unit, null, Set.of());
    }

    @BeforeEach
    void start(TestDatabase database) {
        services = HcmStudyServices.open(database, access, units, audit,
                RealRules.withModuleFiles("rules/hcmstudy-rules.csv"), RealRules.calendar(), clock);
    }

    @AfterEach
    void stop() {
        services.deactivate();
    }

    Programme programme(long unit, UserPrincipal by) {
        return services.study().createProgramme(new ProgrammeDraft(unit, 2026,
                "Học tập và làm theo Bác về tinh thần phục vụ Nhân dân", "Gần dân, trọng dân, hiểu dân, học dân",
                List.of("Chỉ thị 05-CT/TW", "https://example.vn/chuyen-de-2026.pdf")), by);
    }

    Member member(String name, String login) {
        return services.study().addMember(new MemberDraft(FakeUnits.TIEN_DU, name, "Công chức", login, false),
                KEEPER);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
