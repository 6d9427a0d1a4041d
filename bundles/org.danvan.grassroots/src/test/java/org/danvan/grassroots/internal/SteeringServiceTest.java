package org.danvan.grassroots.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.FollowUpTask;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.SteeringActivity;
import org.danvan.grassroots.api.SteeringActivityDraft;
import org.danvan.grassroots.api.SteeringActivityKind;
import org.danvan.grassroots.api.SteeringCommittee;
import org.danvan.grassroots.api.SteeringCommitteeDraft;
import org.danvan.grassroots.api.SteeringMember;
import org.danvan.grassroots.api.SteeringService;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.SettableClock;
import org.danvan.sdk.testing.TestKeys;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.danvan.sdk.testing.db.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.persistence.OptimisticLockException;

/** Steering Committees for grassroots democracy, on H2 and MariaDB. */
@OnEveryDatabase
class SteeringServiceTest {

    @TempDir
    Path keyDirectory;

    static final UserPrincipal COMMUNE = new UserPrincipal(8, "bcd.tiendu", "bcd", FakeUnits.TIEN_DU, null, Set.of());
    static final UserPrincipal LIM = new UserPrincipal(3, "lim", "lim", FakeUnits.LIM, null, Set.of());

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(COMMUNE, FakeUnits.TIEN_DU, GrassrootsPermissions.MANAGE_STEERING)
            .grant(LIM, FakeUnits.LIM, GrassrootsPermissions.MANAGE_STEERING);
    private final SettableClock clock = SettableClock.at("2026-10-15T08:00");
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private TestDatabase database;
    private GrassrootsServices services;
    private SteeringService steering;

    @BeforeEach
    void start(TestDatabase database) {
        this.database = database;
        services = new GrassrootsServices(database, access, units, audit,
                RealRules.withModuleFiles("rules/grassroots-rules.csv"), access.moduleEnablement(),
                TestKeys.in(keyDirectory), clock);
        steering = services.steering();
    }

    @AfterEach
    void stop() {
        services.deactivate();
    }

    private SteeringCommittee committee() {
        return steering.createCommittee(new SteeringCommitteeDraft(FakeUnits.TIEN_DU,
                "Ban Chỉ đạo thực hiện dân chủ ở cơ sở xã Tiên Du", LocalDate.of(2025, 7, 10), List.of(
                        new SteeringMember("Nguyễn Văn Tâm", "Phó Bí thư Đảng ủy – Trưởng ban"),
                        new SteeringMember("Trần Thị Hòa", "Trưởng ban Dân vận"))), COMMUNE);
    }

    @Test
    void aCommitteeHasItsMembersAndOnePlanAYear() {
        ValidationException bad = assertThrows(ValidationException.class, () -> steering.createCommittee(
                new SteeringCommitteeDraft(null, " ", LocalDate.of(2026, 10, 16), List.of()), COMMUNE));
        assertEquals(List.of("unitId", "name", "members", "establishedOn"),
                bad.violations().stream().map(Violation::field).toList());
        assertThrows(AccessDeniedException.class, () -> steering.createCommittee(new SteeringCommitteeDraft(
                FakeUnits.TIEN_DU, "BCĐ", LocalDate.of(2025, 7, 10), List.of(new SteeringMember("A", null))), LIM));
        SteeringCommittee committee = committee();
        assertEquals(2, committee.members().size());
        assertEquals(2, database.count("gr_steering_member"));

        SteeringActivity plan = steering.record(committee.id(), new SteeringActivityDraft(SteeringActivityKind.PLAN,
                LocalDate.of(2026, 1, 10), "Kế hoạch năm 2026", "Kiểm tra công tác dân vận ở 3 thôn.", 999L),
                COMMUNE);
        assertEquals(2026, plan.year());
        assertEquals(null, plan.targetUnitId(), "a plan has no unit inspected");
        ValidationException second = assertThrows(ValidationException.class, () -> steering.record(committee.id(),
                new SteeringActivityDraft(SteeringActivityKind.PLAN, LocalDate.of(2026, 3, 1), "Kế hoạch bổ sung",
                        "...", null), COMMUNE));
        assertEquals(SteeringService.DUPLICATE_PLAN, second.violations().get(0).messageKey());
        ValidationException taskOnPlan = assertThrows(ValidationException.class,
                () -> steering.addTask(plan.id(), "Làm", "Thôn Đông", LocalDate.of(2026, 2, 1), COMMUNE));
        assertEquals(SteeringService.TASK_PARENT, taskOnPlan.violations().get(0).messageKey());
        assertEquals(List.of(), steering.committees(LIM), "another commune sees nothing");
    }

    @Test
    void aRoundInAUnitBelowSetsTasksWhoseDueDaysAreTracked() {
        SteeringCommittee committee = committee();
        ValidationException noUnit = assertThrows(ValidationException.class, () -> steering.record(committee.id(),
                new SteeringActivityDraft(SteeringActivityKind.ROUND, LocalDate.of(2026, 9, 20), "Kiểm tra", "Tốt",
                        null), COMMUNE));
        assertEquals(List.of(Violation.of("targetUnitId", SteeringActivityDraft.TARGET)), noUnit.violations());
        ValidationException outside = assertThrows(ValidationException.class, () -> steering.record(committee.id(),
                new SteeringActivityDraft(SteeringActivityKind.ROUND, LocalDate.of(2026, 9, 20), "Kiểm tra", "Tốt",
                        FakeUnits.LIM), COMMUNE));
        assertEquals(SteeringActivityDraft.TARGET, outside.violations().get(0).messageKey(),
                "another commune is not below this committee");
        ValidationException future = assertThrows(ValidationException.class, () -> steering.record(committee.id(),
                new SteeringActivityDraft(SteeringActivityKind.MEETING, LocalDate.of(2026, 10, 16), "Họp", "KL",
                        null), COMMUNE));
        assertEquals(SteeringActivityDraft.HELD_ON, future.violations().get(0).messageKey());

        SteeringActivity round = steering.record(committee.id(), new SteeringActivityDraft(SteeringActivityKind.ROUND,
                LocalDate.of(2026, 9, 20), "Kiểm tra công tác dân vận chính quyền ở thôn",
                "Thôn chưa niêm yết dự toán thu chi quỹ thôn.", FakeUnits.VILLAGE), COMMUNE);
        assertEquals(FakeUnits.VILLAGE, round.targetUnitId());
        ValidationException early = assertThrows(ValidationException.class, () -> steering.addTask(round.id(),
                "Niêm yết dự toán", "Trưởng thôn", LocalDate.of(2026, 9, 20), COMMUNE));
        assertEquals(SteeringService.TASK_DUE, early.violations().get(0).messageKey());
        assertThrows(AccessDeniedException.class, () -> steering.addTask(round.id(), "Niêm yết dự toán",
                "Trưởng thôn", LocalDate.of(2026, 10, 10), LIM));
        FollowUpTask overdue = steering.addTask(round.id(), "Niêm yết dự toán thu chi quỹ thôn", "Trưởng thôn",
                LocalDate.of(2026, 10, 10), COMMUNE);
        FollowUpTask open = steering.addTask(round.id(), "Báo cáo kết quả khắc phục", "Công chức Văn phòng",
                LocalDate.of(2026, 10, 30), COMMUNE);
        assertTrue(overdue.isLateOn(LocalDate.of(2026, 10, 15)));
        SteeringCommittee counted = steering.committees(COMMUNE).get(0);
        assertEquals(2, counted.openTasks());
        assertEquals(1, counted.lateTasks());

        FollowUpTask done = steering.completeTask(open.id(), open.version(), "Đã báo cáo.",
                LocalDate.of(2026, 10, 14), COMMUNE);
        assertTrue(!done.isLateOn(LocalDate.of(2026, 10, 15)));
        assertThrows(OptimisticLockException.class, () -> steering.completeTask(open.id(), open.version(), "Lại",
                LocalDate.of(2026, 10, 14), COMMUNE));
        ValidationException again = assertThrows(ValidationException.class, () -> steering.completeTask(open.id(),
                done.version(), "Lại", LocalDate.of(2026, 10, 14), COMMUNE));
        assertEquals(SteeringService.ALREADY_DONE, again.violations().get(0).messageKey());
        assertEquals(List.of(overdue.id(), open.id()), steering.tasks(round.id(), COMMUNE).stream()
                .map(FollowUpTask::id).toList());
        assertEquals(1, steering.activities(committee.id(), COMMUNE).get(0).openTasks());
        assertEquals(List.of("grassroots.steering.created", "grassroots.steering.recorded", "grassroots.task.set",
                "grassroots.task.set", "grassroots.task.done"), audit.actions());
    }
}
