package org.danvan.grassroots.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.BallotResult;
import org.danvan.grassroots.api.DecisionWay;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Matter;
import org.danvan.grassroots.api.MatterDraft;
import org.danvan.grassroots.api.MatterService;
import org.danvan.grassroots.api.MatterState;
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
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The matters screen on the real services (H2): announce, count 61 of 120 households, send the record, and the
 * commune chair recognises it.
 */
class MatterViewTest {

    static final UserPrincipal FRONT = new UserPrincipal(5, "mttq", "Lê Văn Cường", FakeUnits.VILLAGE, "Thôn Đông",
            Set.of(GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_DECISIONS));
    static final UserPrincipal CHAIR = new UserPrincipal(2, "tiendu", "Nguyễn Văn An", FakeUnits.TIEN_DU,
            "Xã Tiên Du", Set.of(GrassrootsPermissions.RECOGNISE_DECISIONS));

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(FRONT, FakeUnits.TIEN_DU, GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_DECISIONS)
            .grant(CHAIR, FakeUnits.TIEN_DU, GrassrootsPermissions.RECOGNISE_DECISIONS);
    private final TestDatabase database = TestDatabase.h2();
    private final GrassrootsServices services = new GrassrootsServices(database, access, units,
            new RecordingAuditTrail(), RealRules.withModuleFiles("rules/grassroots-rules.csv"),
            access.moduleEnablement(), TestKeys.inTemporaryDirectory(), PlatformTime.clock());
    private final MatterService matters = services.matters();

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    @Test
    void aHouseholdBallotIsAnnouncedCountedItsRecordSentAndRecognisedByTheCommune() {
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        Matter m;
        try (UiHarness harness = new UiHarness(FRONT)) {
            harness.show(new MatterView(matters, units, access));
            harness.find("gr-matter-new", Button.class).click();
            harness.find("gr-matter-title", TextField.class).setValue("Mức đóng góp làm đường");
            harness.find("gr-matter-options", TextArea.class).setValue("200.000 đồng/hộ\n300.000 đồng/hộ\n");
            harness.find("gr-matter-households", IntegerField.class).setValue(120);
            harness.find("gr-matter-meeting-on", DatePicker.class).setValue(today);
            harness.find("gr-matter-save", Button.class).click();
            assertTrue(harness.findOptional("gr-matter-dialog", Component.class).isEmpty(), "saved");
            m = matters.list(FRONT, 0, 10).get(0);
            assertEquals(FakeUnits.VILLAGE, m.unitId());
            assertEquals(2, m.options().size());

            harness.show(new MatterView(matters, units, access));
            harness.find("gr-matter-count-" + m.id(), Button.class).click();
            harness.find("gr-ballot-votes-0", IntegerField.class).setValue(61);
            harness.find("gr-ballot-votes-1", IntegerField.class).setValue(40);
            harness.find("gr-ballot-taking-part", IntegerField.class).setValue(50);
            harness.find("gr-ballot-save", Button.class).click();
            IntegerField takingPart = harness.find("gr-ballot-taking-part", IntegerField.class);
            assertTrue(takingPart.isInvalid(), "fewer households than votes: refused at the field");
            takingPart.setValue(105);
            harness.find("gr-ballot-save", Button.class).click();
            assertTrue(harness.findOptional("gr-ballot-dialog", Component.class).isEmpty());
            Matter counted = matters.list(FRONT, 0, 10).get(0);
            assertEquals(MatterState.DECIDED, counted.state());
            assertEquals(0, counted.passedOption());

            harness.show(new MatterView(matters, units, access));
            harness.find("gr-matter-sent-" + m.id(), Button.class).click();
            harness.find("gr-matter-sent-save", Button.class).click();
            assertEquals(MatterState.RECORD_SENT, matters.list(FRONT, 0, 10).get(0).state());
            assertTrue(harness.findOptional("gr-matter-recognise-" + m.id(), Component.class).isEmpty(),
                    "the Front officer does not answer for the commune");
        }
        try (UiHarness harness = new UiHarness(CHAIR)) {
            harness.show(new MatterView(matters, units, access));
            harness.find("gr-matter-recognise-" + m.id(), Button.class).click();
            harness.find("gr-recognition-save", Button.class).click();
            TextField reference = harness.find("gr-recognition-reference", TextField.class);
            assertTrue(reference.isInvalid(), "recognised without the commune's decision: refused at the field");
            reference.setValue("15/QĐ-UBND");
            harness.find("gr-recognition-save", Button.class).click();
            assertTrue(harness.findOptional("gr-recognition-dialog", Component.class).isEmpty(), "saved");
            Matter recognised = matters.list(CHAIR, 0, 10).get(0);
            assertEquals(MatterState.RECOGNISED, recognised.state());
            assertEquals("15/QĐ-UBND", recognised.recognitionReference());
            assertEquals(today, recognised.recognisedOn());
        }
    }

    @Test
    void theResultCellSaysWhichOptionPassedAgainstTheRule() {
        try (UiHarness harness = new UiHarness(FRONT)) {
            MatterView view = harness.show(new MatterView(matters, units, access));
            Matter half = count(60, 58);
            Matter more = count(61, 40);
            Span halfCell = (Span) view.result(half);
            assertEquals("!{grassroots.ui.result.notPassed}!", halfCell.getText(), "60 of 120 is not more than half");
            assertTrue(halfCell.getElement().getThemeList().contains("contrast"));
            Span moreCell = (Span) view.result(more);
            assertEquals("!{grassroots.ui.result.passed}!", moreCell.getText());
            assertTrue(moreCell.getElement().getThemeList().contains("success"));
            assertEquals(new java.math.BigDecimal("84.1"), more.turnoutPercent());
            assertTrue(((Span) view.result(more)).getTitle().orElse("").contains("Điều 19"), "the article");
        }
    }

    private Matter count(int yes, int no) {
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        Matter m = matters.create(new MatterDraft(FakeUnits.VILLAGE, "Hương ước", DecisionWay.VILLAGE_MEETING,
                List.of("Đồng ý", "Không"), 120, today, null, null, null), FRONT);
        return matters.recordResult(m.id(), m.version(), new BallotResult(List.of(yes, no), yes + no, today), FRONT);
    }
}
