package org.danvan.grassroots.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.AgencyConference;
import org.danvan.grassroots.api.AgencyConferenceDraft;
import org.danvan.grassroots.api.Aspiration;
import org.danvan.grassroots.api.AspirationDraft;
import org.danvan.grassroots.api.AspirationRecipient;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.internal.GrassrootsServices;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The agencies' conference screen on the real services (H2). */
class AgencyViewTest {

    static final UserPrincipal CLERK = new UserPrincipal(6, "vanphong", "Đỗ Thị Hà", FakeUnits.TIEN_DU, "Xã Tiên Du",
            Set.of(GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_AGENCY));

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units).grant(CLERK, FakeUnits.TIEN_DU,
            GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_AGENCY);
    private final TestDatabase database = TestDatabase.h2();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final GrassrootsServices services = new GrassrootsServices(database, access, units, audit,
            RealRules.withModuleFiles("rules/grassroots-rules.csv"), access.moduleEnablement(),
            TestKeys.inTemporaryDirectory(), PlatformTime.clock());

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    @Test
    void aConferenceIsRecordedWithItsRefusalsAtTheFields() {
        try (UiHarness harness = new UiHarness(CLERK)) {
            harness.show(new AgencyView(services.agencies(), services.boards(), units, access));
            harness.find("gr-conference-new", Button.class).click();
            harness.find("gr-conference-staff", IntegerField.class).setValue(40);
            IntegerField attended = harness.find("gr-conference-attended", IntegerField.class);
            attended.setValue(41);
            harness.find("gr-conference-save", Button.class).click();
            assertTrue(attended.isInvalid(), "more attending than the staff");
            assertEquals("!{" + AgencyConferenceDraft.ATTENDED + "}!", attended.getErrorMessage());
            assertTrue(harness.find("gr-conference-resolutions", TextArea.class).isInvalid());
            attended.setValue(36);
            harness.find("gr-conference-resolutions", TextArea.class).setValue("Thông qua quy chế dân chủ.");
            harness.find("gr-conference-save", Button.class).click();
            assertTrue(harness.findOptional("gr-conference-dialog", Component.class).isEmpty());
            AgencyConference held = services.agencies().conferences(CLERK).get(0);
            assertEquals(36, held.attended());
            assertEquals("Xã Tiên Du", held.unitName());
        }
    }

    @Test
    void anAspirationMarkedAnonymousKeepsNoNameAndItsAnswerIsRecorded() {
        LocalDate today = PlatformTime.today(PlatformTime.clock());
        AgencyConference held = services.agencies().recordConference(new AgencyConferenceDraft(FakeUnits.TIEN_DU,
                today.getYear() - 1, today, 40, 36, "Thông qua quy chế dân chủ.", null), CLERK);
        try (UiHarness harness = new UiHarness(CLERK)) {
            harness.show(new AgencyView(services.agencies(), services.boards(), units, access));
            harness.find("gr-conference-aspirations-" + held.id(), Button.class).click();
            harness.find("gr-aspiration-content", TextArea.class).setValue("Đề nghị công khai việc bình xét thi đua.");
            TextField author = harness.find("gr-aspiration-author", TextField.class);
            author.setValue("Trần Thị Ẩn");
            harness.find("gr-aspiration-anonymous", Checkbox.class).setValue(true);
            assertEquals("", author.getValue(), "the name typed is cleared");
            assertFalse(author.isEnabled());
            harness.find("gr-aspiration-add", Button.class).click();
            @SuppressWarnings("unchecked")
            Select<AspirationRecipient> recipient = harness.find("gr-aspiration-recipient", Select.class);
            assertTrue(recipient.isInvalid(), "whom it goes to is required");
            assertEquals("!{" + AspirationDraft.RECIPIENT + "}!", recipient.getErrorMessage());
            recipient.setValue(AspirationRecipient.PARTY_COMMITTEE);
            harness.find("gr-aspiration-add", Button.class).click();
            List<Aspiration> recorded = services.agencies().aspirations(held.id(), CLERK);
            assertEquals(1, recorded.size());
            assertNull(recorded.get(0).author());
            assertEquals(Arrays.asList((Object) null), database.column("SELECT author_name FROM gr_aspiration"));

            harness.find("gr-aspiration-answer-" + recorded.get(0).id(), Button.class).click();
            harness.find("gr-aspiration-answer-text", TextArea.class).setValue("Đã công khai tại hội nghị giao ban.");
            harness.find("gr-aspiration-answer-day", DatePicker.class).setValue(today);
            harness.find("gr-aspiration-answer-save", Button.class).click();
            assertEquals(today, services.agencies().aspirations(held.id(), CLERK).get(0).answeredOn());
            assertEquals(List.of("grassroots.conference.recorded", "grassroots.aspiration.forwarded",
                    "grassroots.aspiration.answered"), audit.actions());
        }
    }
}
