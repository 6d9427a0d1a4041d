package org.danvan.conduct.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.danvan.conduct.api.ConductPermissions;
import org.danvan.conduct.api.Inspection;
import org.danvan.conduct.api.InspectionStatus;
import org.danvan.conduct.api.Sanction;
import org.danvan.conduct.api.SanctionForm;
import org.danvan.conduct.api.Severity;
import org.danvan.conduct.internal.ConductServices;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportDocument;
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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The screens on the real services (H2) without a browser: inspection, finding, sanction, follow-up, report. */
class ScreensTest {

    static final UserPrincipal CHAIR = new UserPrincipal(1, "chair", "Chủ tịch xã", FakeUnits.TIEN_DU, "Xã Tiên Du",
            Set.of());
    static final UserPrincipal OVERSEER = new UserPrincipal(5, "overseer", "Sở Nội vụ", FakeUnits.PROVINCE, "Tỉnh",
            Set.of());

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(CHAIR, FakeUnits.TIEN_DU, ConductPermissions.VIEW, ConductPermissions.MANAGE,
                    ConductPermissions.DECIDE)
            .grant(OVERSEER, FakeUnits.PROVINCE, ConductPermissions.VIEW);
    private final TestDatabase database = TestDatabase.h2();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    // no case engine here: the case fields are disabled and say why
    private final ConductServices services = ConductServices.open(database, access, units, audit,
            RealRules.withModuleFiles("rules/conduct-rules.csv"), RealRules.calendar(), PlatformTime.clock());

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInspectionLeadsToASanctionThatIsRemediedAndReported() {
        int year = java.time.LocalDate.now(PlatformTime.ZONE).getYear();
        try (UiHarness harness = new UiHarness(CHAIR)) {
            InspectionsView view = harness.show(new InspectionsView(services.conduct(), units, access));
            harness.find("cd-inspection-plan", Button.class).click();
            assertFalse(harness.find("cd-inspection-cases", TextField.class).isEnabled(), "no case engine");
            harness.find("cd-inspection-save", Button.class).click();
            assertTrue(harness.find("cd-inspection-place", TextField.class).isInvalid());
            assertTrue(harness.find("cd-inspection-team", TextArea.class).isInvalid());
            harness.find("cd-inspection-place", TextField.class).setValue("Bộ phận một cửa xã Tiên Du");
            harness.find("cd-inspection-team", TextArea.class).setValue("Nguyễn Văn An");
            harness.find("cd-inspection-topics", TextArea.class).setValue("Thái độ tiếp dân");
            harness.find("cd-inspection-save", Button.class).click();
            assertTrue(harness.findOptional("cd-inspection-dialog", Component.class).isEmpty());
            Inspection planned = services.conduct().inspections(FakeUnits.TIEN_DU, year, CHAIR).get(0);

            // the grid's row buttons render only for a browser: open the row's dialog as its button does
            view.hold(planned);
            harness.find("cd-hold-save", Button.class).click();
            Inspection held = services.conduct().inspections(FakeUnits.TIEN_DU, year, CHAIR).get(0);
            assertEquals(InspectionStatus.HELD, held.status());
            view.addFinding(held);
            harness.find("cd-finding-name", TextField.class).setValue("Lê Văn Cường");
            harness.find("cd-finding-save", Button.class).click();
            assertTrue(harness.find("cd-finding-position", TextField.class).isInvalid());
            harness.find("cd-finding-position", TextField.class).setValue("Công chức tư pháp");
            harness.find("cd-finding-seen", TextArea.class).setValue("Hách dịch với người dân");
            harness.find("cd-finding-severity", ComboBox.class).setValue(Severity.SERIOUS);
            harness.find("cd-finding-save", Button.class).click();
            assertTrue(harness.findOptional("cd-finding-dialog", Component.class).isEmpty());
            assertEquals(1, services.conduct().findings(held.id(), CHAIR).size());

            SanctionsView sanctions = harness.show(new SanctionsView(services.conduct(), units, access));
            sanctions.decide();
            harness.find("cd-sanction-name", TextField.class).setValue("Lê Văn Cường");
            harness.find("cd-sanction-position", TextField.class).setValue("Công chức tư pháp");
            SanctionForm warning = services.conduct().sanctionForms().get(1);
            harness.find("cd-sanction-form", ComboBox.class).setValue(warning);
            harness.find("cd-sanction-violation", TextArea.class).setValue("Hách dịch");
            harness.find("cd-sanction-number", TextField.class).setValue("12/QĐ-UBND");
            harness.find("cd-sanction-authority", TextField.class).setValue("Chủ tịch UBND xã");
            harness.find("cd-sanction-save", Button.class).click();
            assertTrue(harness.find("cd-sanction-violation-day", DatePicker.class).isInvalid());
            harness.find("cd-sanction-violation-day", DatePicker.class).setValue(
                    java.time.LocalDate.now(PlatformTime.ZONE));
            harness.find("cd-sanction-save", Button.class).click();
            assertTrue(harness.findOptional("cd-sanction-dialog", Component.class).isEmpty());
            Sanction s = services.conduct().sanctions(FakeUnits.TIEN_DU, year, CHAIR).get(0);
            assertEquals("warning", s.formId());
            assertEquals(List.of(ConductHomeCards.REMEDY), new ConductHomeCards(services.conduct()).cards(CHAIR)
                    .stream().map(HomeCard::id).toList());
            assertEquals(List.of(), new ConductHomeCards(services.conduct()).cards(OVERSEER));
            sanctions.remedied(s);
            harness.find("cd-remedy-text", TextArea.class).setValue("Đã kiểm điểm, xin lỗi người dân");
            harness.find("cd-remedy-save", Button.class).click();
            assertEquals(List.of(), new ConductHomeCards(services.conduct()).cards(CHAIR));
        }
        try (UiHarness harness = new UiHarness(OVERSEER)) {
            ReportView view = harness.show(new ReportView(services.conduct(), units, access, null, audit));
            ConductReport report = view.report();
            assertEquals(1, report.figures().inspectionsHeld());
            assertEquals(1, report.figures().sanctionsByForm().get("warning"));
            assertEquals(1, report.figures().remedied());
            // the overseer's unit is the province: the commune's decisions are counted, not listed by name
            assertEquals(List.of(), report.decisions());
            ExportDocument document = report.document((k, args) -> k);
            List<ExportBlock.Table> tables = document.blocks().stream().filter(ExportBlock.Table.class::isInstance)
                    .map(ExportBlock.Table.class::cast).toList();
            assertEquals(3, tables.size());
            assertEquals(List.of("conduct.form.warning", 1, services.conduct().sanctionForms().get(1).citation()),
                    tables.get(1).rows().get(1));
        }
    }
}
