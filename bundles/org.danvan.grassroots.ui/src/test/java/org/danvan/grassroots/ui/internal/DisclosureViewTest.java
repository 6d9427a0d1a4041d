package org.danvan.grassroots.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.ContentGroup;
import org.danvan.grassroots.api.Disclosure;
import org.danvan.grassroots.api.DisclosureDraft;
import org.danvan.grassroots.api.DisclosureFlag;
import org.danvan.grassroots.api.DisclosureForm;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Posting;
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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** The disclosure screen and the public page on the real services (H2), without a browser. */
class DisclosureViewTest {

    static final UserPrincipal CHAIR = new UserPrincipal(2, "tiendu", "Nguyễn Văn An", FakeUnits.TIEN_DU,
            "Xã Tiên Du", Set.of(GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_DISCLOSURES));
    static final UserPrincipal OBSERVER = new UserPrincipal(4, "observer", "Trần Thị Bình", FakeUnits.TIEN_DU,
            "Xã Tiên Du", Set.of(GrassrootsPermissions.VIEW));

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(CHAIR, FakeUnits.TIEN_DU, GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_DISCLOSURES)
            .grant(OBSERVER, FakeUnits.TIEN_DU, GrassrootsPermissions.VIEW);
    private final TestDatabase database = TestDatabase.h2();
    private final GrassrootsServices services = new GrassrootsServices(database, access, units,
            new RecordingAuditTrail(), RealRules.withModuleFiles("rules/grassroots-rules.csv"),
            access.moduleEnablement(), TestKeys.inTemporaryDirectory(), PlatformTime.clock());

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aDisclosureIsWrittenInTheDialogAndShownWithItsFlags() {
        try (UiHarness harness = new UiHarness(CHAIR)) {
            harness.show(new DisclosureView(services, units, access));
            harness.find("gr-disclosure-new", Button.class).click();
            ComboBox<ContentGroup> group = harness.find("gr-disclosure-group", ComboBox.class);
            group.setValue(services.contentGroups().get(6));
            harness.find("gr-disclosure-title", TextField.class).setValue("Phương án bồi thường đường liên thôn");
            harness.find("gr-posting-notice-board-days", IntegerField.class).setValue(10);
            harness.find("gr-disclosure-save", Button.class).click();

            List<Disclosure> stored = services.list(CHAIR, 0, 10);
            assertEquals(1, stored.size());
            Disclosure d = stored.get(0);
            assertEquals(7, d.group());
            assertEquals(FakeUnits.TIEN_DU, d.unitId(), "the user's own commune by default");
            assertEquals(List.of(new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.now(PlatformTime.ZONE), 10)),
                    d.postings());
            assertEquals(Set.of(DisclosureFlag.REMOVED_EARLY, DisclosureFlag.LOUDSPEAKER_MISSING), d.flags());
            assertTrue(harness.findOptional("gr-disclosure-dialog", Component.class).isEmpty(), "the dialog closed");
            harness.find("gr-disclosure-list", com.vaadin.flow.component.grid.Grid.class).getDataProvider()
                    .refreshAll();
        }
    }

    @Test
    void aRefusedDraftIsShownAtItsFieldAndTheDialogStays() {
        try (UiHarness harness = new UiHarness(CHAIR)) {
            harness.show(new DisclosureView(services, units, access));
            harness.find("gr-disclosure-new", Button.class).click();
            harness.find("gr-posting-notice-board", Checkbox.class).setValue(false);
            harness.find("gr-disclosure-save", Button.class).click();

            TextField title = harness.find("gr-disclosure-title", TextField.class);
            assertTrue(title.isInvalid());
            assertEquals("!{" + DisclosureDraft.TITLE_REQUIRED + "}!", title.getErrorMessage());
            PostingsEditor postings = harness.find("gr-postings", PostingsEditor.class);
            assertTrue(postings.isInvalid());
            assertEquals("!{" + DisclosureDraft.POSTINGS_REQUIRED + "}!", postings.getErrorMessage());
            assertTrue(harness.findOptional("gr-disclosure-dialog", Component.class).isPresent());
            assertEquals(0, database.count("gr_disclosure"));
        }
    }

    @Test
    void aReaderWithoutTheManagePermissionCannotAdd() {
        try (UiHarness harness = new UiHarness(OBSERVER)) {
            harness.show(new DisclosureView(services, units, access));
            assertFalse(harness.find("gr-disclosure-new", Button.class).isVisible());
        }
    }

    @Test
    void thePublicPageShowsAnEnabledCommuneAndNoPageForAnother() {
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        services.create(new DisclosureDraft(FakeUnits.TIEN_DU, 2, "Dự toán ngân sách xã", "05/QĐ-UBND", today, null,
                List.of(new Posting(DisclosureForm.NOTICE_BOARD, today, null))), CHAIR);
        access.enableModuleOnlyAt(GrassrootsPermissions.MODULE, FakeUnits.TIEN_DU);
        try (UiHarness harness = new UiHarness(null)) {
            PublicPageView page = harness.show(new PublicPageView(services, () -> "10.0.0.1"));
            page.show("27-TD");
            assertTrue(harness.findOptional("gr-public-group-2", Component.class).isPresent());
            assertTrue(harness.findOptional("gr-public-none", Component.class).isEmpty());
            page.show("27-LIM");
            assertTrue(harness.findOptional("gr-public-group-2", Component.class).isEmpty());
            assertEquals("!{grassroots.ui.public.none}!", harness.find("gr-public-none", Paragraph.class).getText());
        }
    }
}
