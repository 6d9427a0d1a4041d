package org.danvan.grassroots.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.SteeringActivity;
import org.danvan.grassroots.api.SteeringActivityDraft;
import org.danvan.grassroots.api.SteeringActivityKind;
import org.danvan.grassroots.api.SteeringCommittee;
import org.danvan.grassroots.api.SteeringMember;
import org.danvan.grassroots.internal.GrassrootsServices;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.TestKeys;
import org.danvan.sdk.testing.db.TestDatabase;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The Steering Committee screen on the real services (H2). */
class SteeringViewTest {

    static final UserPrincipal OFFICER = new UserPrincipal(9, "danvan.tiendu", "Trần Thị Hòa", FakeUnits.TIEN_DU,
            "Xã Tiên Du", Set.of(GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_STEERING));

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units).grant(OFFICER, FakeUnits.TIEN_DU,
            GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_STEERING);
    private final TestDatabase database = TestDatabase.h2();
    private final GrassrootsServices services = new GrassrootsServices(database, access, units,
            new RecordingAuditTrail(), RealRules.withModuleFiles("rules/grassroots-rules.csv"),
            access.moduleEnablement(), TestKeys.inTemporaryDirectory(), PlatformTime.clock());

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    @Test
    void aCommitteeIsRecordedAndARoundNeedsTheUnitInspected() {
        assertEquals(List.of(new SteeringMember("Nguyễn Văn Tâm", "Trưởng ban"), new SteeringMember("Lê Văn B", null)),
                SteeringView.members("Nguyễn Văn Tâm – Trưởng ban\n\nLê Văn B\n"));
        LocalDate today = PlatformTime.today(PlatformTime.clock());
        try (UiHarness harness = new UiHarness(OFFICER)) {
            harness.show(new SteeringView(services.steering(), units, access));
            harness.find("gr-steering-new", Button.class).click();
            harness.find("gr-steering-name", TextField.class).setValue("Ban Chỉ đạo dân chủ ở cơ sở xã Tiên Du");
            harness.find("gr-steering-established-on", DatePicker.class).setValue(today.minusYears(1));
            TextArea members = harness.find("gr-steering-members", TextArea.class);
            harness.find("gr-steering-save", Button.class).click();
            assertTrue(members.isInvalid(), "at least one member");
            members.setValue("Nguyễn Văn Tâm – Trưởng ban\nTrần Thị Hòa – Phó ban");
            harness.find("gr-steering-save", Button.class).click();
            assertTrue(harness.findOptional("gr-steering-dialog", Component.class).isEmpty());
            SteeringCommittee committee = services.steering().committees(OFFICER).get(0);
            assertEquals(2, committee.members().size());

            harness.find("gr-steering-activities-" + committee.id(), Button.class).click();
            @SuppressWarnings("unchecked")
            Select<SteeringActivityKind> kind = harness.find("gr-activity-kind", Select.class);
            kind.setValue(SteeringActivityKind.ROUND);
            harness.find("gr-activity-subject", TextField.class).setValue("Kiểm tra dân vận chính quyền");
            harness.find("gr-activity-content", TextArea.class).setValue("Thôn chưa niêm yết quỹ thôn.");
            harness.find("gr-activity-add", Button.class).click();
            assertEquals(List.of(), services.steering().activities(committee.id(), OFFICER), "no unit inspected");
            assertEquals("!{" + SteeringActivityDraft.TARGET + "}!", harness.find("gr-activity-target",
                    UnitPicker.class).getErrorMessage());
        }
        SteeringActivity round = services.steering().record(committee(), new SteeringActivityDraft(
                SteeringActivityKind.ROUND, today, "Kiểm tra", "Thôn chưa niêm yết quỹ thôn.", FakeUnits.VILLAGE),
                OFFICER);
        try (UiHarness harness = new UiHarness(OFFICER)) {
            harness.show(new SteeringView(services.steering(), units, access));
            harness.find("gr-steering-activities-" + committee(), Button.class).click();
            harness.find("gr-activity-tasks-" + round.id(), Button.class).click();
            harness.find("gr-task-text", TextField.class).setValue("Niêm yết dự toán quỹ thôn");
            harness.find("gr-task-assignee", TextField.class).setValue("Trưởng thôn Đông");
            harness.find("gr-task-add", Button.class).click();
            assertEquals(1, services.steering().tasks(round.id(), OFFICER).size());
            assertEquals(1, services.steering().committees(OFFICER).get(0).openTasks());
        }
    }

    private long committee() {
        return services.steering().committees(OFFICER).get(0).id();
    }
}
