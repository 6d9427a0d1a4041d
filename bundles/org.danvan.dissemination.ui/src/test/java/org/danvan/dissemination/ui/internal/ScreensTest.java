package org.danvan.dissemination.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.dissemination.api.DisseminationPermissions;
import org.danvan.dissemination.api.Document;
import org.danvan.dissemination.internal.DisseminationServices;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.ui.spi.HomeCard;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.db.TestDatabase;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** The screens on the real services (H2) without a browser: a document, a session, the home card, the report. */
class ScreensTest {

    static final UserPrincipal CHAIR = new UserPrincipal(1, "chair", "Chủ tịch xã", FakeUnits.TIEN_DU, "Xã Tiên Du",
            Set.of());
    static final UserPrincipal OVERSEER = new UserPrincipal(5, "overseer", "Ban Tuyên giáo", FakeUnits.PROVINCE,
            "Tỉnh", Set.of());

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(CHAIR, FakeUnits.TIEN_DU, DisseminationPermissions.VIEW, DisseminationPermissions.MANAGE,
                    DisseminationPermissions.RECORD)
            .grant(OVERSEER, FakeUnits.PROVINCE, DisseminationPermissions.VIEW);
    private final TestDatabase database = TestDatabase.h2();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final DisseminationServices services = DisseminationServices.open(database, access, units, audit,
            RealRules.withModuleFiles("rules/dissemination-rules.csv"), PlatformTime.clock());
    private final LocalDate today = LocalDate.now(PlatformTime.ZONE);

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    @Test
    void aDocumentIsEnteredASessionRecordedAndReported() {
        try (UiHarness harness = new UiHarness(CHAIR)) {
            DocumentsView view = harness.show(new DocumentsView(services.service(), units, access));
            harness.find("ds-document-add", Button.class).click();
            harness.find("ds-document-save", Button.class).click();
            assertTrue(harness.find("ds-document-number", TextField.class).isInvalid());
            assertTrue(harness.find("ds-document-due", DatePicker.class).isInvalid());
            harness.find("ds-document-number", TextField.class).setValue("07-KH/ĐU");
            harness.find("ds-document-issued", DatePicker.class).setValue(today.minusDays(3));
            harness.find("ds-document-issuer", TextField.class).setValue("Đảng ủy xã");
            harness.find("ds-document-title", TextField.class).setValue("Kế hoạch tuyên truyền Luật Đất đai");
            harness.find("ds-document-due", DatePicker.class).setValue(today.plusDays(3));
            harness.find("ds-document-save", Button.class).click();
            assertTrue(harness.findOptional("ds-document-dialog", Component.class).isEmpty());
            Document doc = services.service().documents(FakeUnits.TIEN_DU, CHAIR).get(0);
            assertEquals(List.of(FakeUnits.TIEN_DU), doc.targetUnitIds());

            // due in 3 days, within the rule's 7: amber
            List<HomeCard> cards = new DisseminationHomeCards(services.service()).cards(CHAIR);
            assertEquals(1, cards.size());
            assertEquals(HomeCard.Severity.WARNING, cards.get(0).severity());

            view.record(doc);
            harness.find("ds-session-presenter", TextField.class).setValue("Bí thư");
            harness.find("ds-session-present", IntegerField.class).setValue(200);
            harness.find("ds-session-members", IntegerField.class).setValue(150);
            harness.find("ds-session-save", Button.class).click();
            assertTrue(harness.find("ds-session-present", IntegerField.class).isInvalid());
            harness.find("ds-session-present", IntegerField.class).setValue(120);
            harness.find("ds-session-save", Button.class).click();
            assertTrue(harness.findOptional("ds-session-dialog", Component.class).isEmpty());
            assertEquals(List.of(), new DisseminationHomeCards(services.service()).cards(CHAIR));
        }
        try (UiHarness harness = new UiHarness(OVERSEER)) {
            // the province's view covers what the units under it issued
            ReportView view = harness.show(new ReportView(services.service(), units, access, null, audit));
            assertEquals(1, view.report().lines().size());
        }
        try (UiHarness harness = new UiHarness(CHAIR)) {
            ReportView view = harness.show(new ReportView(services.service(), units, access, null, audit));
            DisseminationReport report = view.report();
            assertEquals(1, report.lines().size());
            assertEquals(0, report.notDone());
            List<ExportBlock.Table> tables = report.document((k, args) -> k, id -> "unit " + id).blocks().stream()
                    .filter(ExportBlock.Table.class::isInstance).map(ExportBlock.Table.class::cast).toList();
            List<Object> row = tables.get(0).rows().get(0);
            assertEquals("07-KH/ĐU", row.get(0));
            assertEquals(120, row.get(5));
            assertEquals(150, row.get(6));
            assertEquals("dissemination.ui.state.onTime", row.get(9));
        }
    }
}
