package ${package}.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import ${package}.api.Entry;
import ${package}.api.EntryDraft;
import ${package}.api.EntryService;
import ${package}.internal.EntryServiceImpl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.db.TestDatabase;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;

/** The screen on the real service (H2), without a browser. */
class EntryViewTest {

    private static final UserPrincipal CHAIR = new UserPrincipal(2, "tiendu", "Nguyễn Văn An", FakeUnits.TIEN_DU,
            "Xã Tiên Du", Set.of(EntryService.MANAGE));

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(CHAIR, FakeUnits.TIEN_DU, EntryService.MANAGE);
    private final TestDatabase database = TestDatabase.h2();
    private final EntryServiceImpl service = new EntryServiceImpl(database, access, units, new RecordingAuditTrail(),
            PlatformTime.clock());

    @AfterEach
    void stop() {
        service.deactivate();
        database.close();
    }

    @Test
    void aNewEntryIsWrittenInTheDialogAndStored() {
        try (UiHarness harness = new UiHarness(CHAIR)) {
            harness.show(new EntryView(service));
            harness.find("${moduleId}-new", Button.class).click();
            harness.find("${moduleId}-title", TextField.class).setValue("Họp dân thôn Đông");
            harness.find("${moduleId}-save", Button.class).click();

            List<Entry> stored = service.list(CHAIR, 0, 10);
            assertEquals(1, stored.size());
            assertEquals("Họp dân thôn Đông", stored.get(0).title());
            assertEquals(PlatformTime.today(PlatformTime.clock()), stored.get(0).happenedOn(), "today by default");
            assertTrue(harness.findOptional("${moduleId}-dialog", Component.class).isEmpty(), "the dialog closed");
        }
    }

    @Test
    void aRefusedDraftIsShownAtItsFieldAndTheDialogStays() {
        try (UiHarness harness = new UiHarness(CHAIR)) {
            harness.show(new EntryView(service));
            harness.find("${moduleId}-new", Button.class).click();
            harness.find("${moduleId}-save", Button.class).click();

            TextField title = harness.find("${moduleId}-title", TextField.class);
            assertTrue(title.isInvalid());
            assertEquals("!{" + EntryDraft.TITLE_REQUIRED + "}!", title.getErrorMessage());
            assertTrue(harness.findOptional("${moduleId}-dialog", Component.class).isPresent());
            assertEquals(0, database.count("${tablePrefix}_entry"));
        }
    }
}
