package org.danvan.procedures.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.procedures.api.Procedure;
import org.danvan.procedures.api.ProcedurePermissions;
import org.danvan.procedures.api.Proposal;
import org.danvan.procedures.api.Review;
import org.danvan.procedures.api.ReviewStatus;
import org.danvan.procedures.internal.ProcedureServices;
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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The screens on the real services (H2) without a browser: register, review flow, the year's report. */
class ScreensTest {

    static final UserPrincipal CHAIR = new UserPrincipal(1, "chair", "Chủ tịch xã", FakeUnits.TIEN_DU, "Xã Tiên Du",
            Set.of());
    static final UserPrincipal OVERSEER = new UserPrincipal(5, "overseer", "Sở Tư pháp", FakeUnits.PROVINCE,
            "Tỉnh", Set.of());

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(CHAIR, FakeUnits.TIEN_DU, ProcedurePermissions.VIEW, ProcedurePermissions.MANAGE,
                    ProcedurePermissions.DECIDE)
            .grant(OVERSEER, FakeUnits.PROVINCE, ProcedurePermissions.VIEW);
    private final TestDatabase database = TestDatabase.h2();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    // no case engine here: the assessment links no case
    private final ProcedureServices services = ProcedureServices.open(database, access, units, audit,
            RealRules.withModuleFiles("rules/procedures-rules.csv"), RealRules.calendar(), PlatformTime.clock());
    private final LocalDate today = LocalDate.now(PlatformTime.ZONE);

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    @Test
    void aProcedureIsRegisteredReviewedCutAndReported() {
        try (UiHarness harness = new UiHarness(CHAIR)) {
            harness.show(new RegisterView(services.register(), units, access));
            harness.find("pr-procedure-add", Button.class).click();
            harness.find("pr-procedure-save", Button.class).click();
            assertTrue(harness.find("pr-procedure-code", TextField.class).isInvalid());
            assertTrue(harness.find("pr-procedure-days", IntegerField.class).isInvalid());
            harness.find("pr-procedure-code", TextField.class).setValue("1.000894");
            harness.find("pr-procedure-name", TextField.class).setValue("Cấp bản sao trích lục hộ tịch");
            harness.find("pr-procedure-field", TextField.class).setValue("Hộ tịch");
            harness.find("pr-procedure-basis", TextArea.class).setValue("Luật Hộ tịch số 60/2014/QH13");
            harness.find("pr-procedure-steps", TextArea.class).setValue("Nộp tờ khai\nNhận kết quả");
            harness.find("pr-procedure-days", IntegerField.class).setValue(3);
            harness.find("pr-procedure-fee", IntegerField.class).setValue(8000);
            harness.find("pr-procedure-save", Button.class).click();
            assertTrue(harness.findOptional("pr-procedure-dialog", Component.class).isEmpty());
            Procedure procedure = services.register().procedures(FakeUnits.TIEN_DU, CHAIR).get(0);
            assertEquals(8000, procedure.feeVnd());

            ReviewView review = harness.show(new ReviewView(services.reviews(), services.register(), units, access));
            harness.find("pr-round-open", Button.class).click();
            harness.find("pr-round-save", Button.class).click();
            assertFalse(harness.find("pr-round-open", Button.class).isVisible(), "one round a year");
            // the grid's row buttons render only for a browser: open the row's dialog as its button does
            review.assess(new ReviewView.Row(procedure, null));
            harness.find("pr-assess-legality", Checkbox.class).setValue(true);
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Proposal> proposal = harness.find("pr-assess-proposal", RadioButtonGroup.class);
            proposal.setValue(Proposal.KEEP);
            harness.find("pr-assess-save", Button.class).click();
            assertTrue(proposal.isInvalid(), "an unnecessary procedure cannot be kept");
            assertTrue(harness.find("pr-assess-findings", TextArea.class).isInvalid());
            proposal.setValue(Proposal.CUT);
            harness.find("pr-assess-findings", TextArea.class).setValue("Trùng với dịch vụ công liên thông");
            harness.find("pr-assess-dossiers", IntegerField.class).setValue(500);
            harness.find("pr-assess-save", Button.class).click();
            assertTrue(harness.findOptional("pr-assess-dialog", Component.class).isEmpty());
            Review assessed = services.reviews().reviews(services.reviews().rounds(FakeUnits.TIEN_DU,
                    today.getYear(), CHAIR).get(0).id(), CHAIR).get(0);
            assertEquals(Proposal.CUT, assessed.proposal());

            assertEquals(List.of("procedure-review.decide"), new ProcedureHomeCards(services.reviews()).cards(CHAIR)
                    .stream().map(org.danvan.platform.ui.spi.HomeCard::id).toList());
            review.decide(assessed);
            harness.find("pr-decide-ref", TextField.class).setValue("12/QĐ-UBND");
            harness.find("pr-decide-save", Button.class).click();
            Review adopted = services.reviews().reviews(assessed.roundId(), CHAIR).get(0);
            assertEquals(ReviewStatus.ADOPTED, adopted.status());
            assertEquals(List.of("procedure-review.follow-up"), new ProcedureHomeCards(services.reviews())
                    .cards(CHAIR).stream().map(org.danvan.platform.ui.spi.HomeCard::id).toList());
            assertEquals(List.of(), new ProcedureHomeCards(services.reviews()).cards(OVERSEER));
            review.implement(adopted);
            harness.find("pr-implement-text", TextArea.class).setValue("Nghị quyết bãi bỏ đã ban hành");
            harness.find("pr-implement-save", Button.class).click();
            assertTrue(services.register().procedures(FakeUnits.TIEN_DU, CHAIR).get(0).abolished());
        }
        try (UiHarness harness = new UiHarness(OVERSEER)) {
            ReportView view = harness.show(new ReportView(services.reports(), units, access, null, audit));
            // the overseer's own unit is the province: the commune's change is in its subtree
            ProcedureReport report = view.report();
            assertEquals(1, report.changes().size());
            assertEquals(1, report.total().implemented());
            assertEquals(8000L * 500, report.total().yearlyCostSavedVnd());
            ExportDocument document = report.document((k, args) -> k, id -> "unit " + id);
            List<ExportBlock.Table> tables = document.blocks().stream().filter(ExportBlock.Table.class::isInstance)
                    .map(ExportBlock.Table.class::cast).toList();
            assertEquals(2, tables.size());
            assertEquals("1.000894", tables.get(0).rows().get(0).get(0));
            assertEquals(8000L * 500, tables.get(0).rows().get(0).get(9));
        }
    }
}
