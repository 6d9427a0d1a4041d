package org.danvan.supervision.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.platform.ui.spi.HomeCard;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.db.TestDatabase;
import org.danvan.sdk.testing.ui.UiHarness;
import org.danvan.supervision.api.Criticism;
import org.danvan.supervision.api.CriticismState;
import org.danvan.supervision.api.OpinionDecision;
import org.danvan.supervision.api.OpinionSubject;
import org.danvan.supervision.api.PeopleOpinion;
import org.danvan.supervision.api.ProgrammeState;
import org.danvan.supervision.api.Recommendation;
import org.danvan.supervision.api.RecommendationState;
import org.danvan.supervision.api.SupervisionPermissions;
import org.danvan.supervision.api.SupervisionProgramme;
import org.danvan.supervision.internal.SupervisionServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The screens on the real services (H2) without a browser: the Front's, the commune's, the report. */
class ScreensTest {

    static final long TD_FRONT = 122;
    static final UserPrincipal FRONT = new UserPrincipal(1, "mttq", "Cán bộ Mặt trận", TD_FRONT,
            "Ủy ban MTTQ xã Tiên Du", Set.of());
    static final UserPrincipal CHAIR = new UserPrincipal(2, "chair", "Chủ tịch xã", FakeUnits.TIEN_DU, "Xã Tiên Du",
            Set.of());

    private final FakeUnits units = FakeUnits.sample().add(TD_FRONT, "27-TD-MTTQ", "Ủy ban MTTQ xã Tiên Du",
            OrgUnitKinds.FATHERLAND_FRONT, FakeUnits.TIEN_DU);
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(FRONT, TD_FRONT, SupervisionPermissions.VIEW, SupervisionPermissions.MANAGE)
            .grant(CHAIR, FakeUnits.TIEN_DU, SupervisionPermissions.VIEW, SupervisionPermissions.ANSWER);
    private final TestDatabase database = TestDatabase.h2();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final SupervisionServices services = SupervisionServices.open(database, access, units, audit,
            RealRules.withModuleFiles("rules/supervision-rules.csv"), PlatformTime.clock());
    private final LocalDate today = LocalDate.now(PlatformTime.ZONE);

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    @Test
    void theFrontRunsAProgrammeTheCommuneAnswersAndTheReportShowsIt() {
        LocalDate round = today.plusDays(20);
        SupervisionProgramme programme;
        try (UiHarness harness = new UiHarness(FRONT)) {
            ProgrammesView view = harness.show(new ProgrammesView(services.programmes(), services.recommendations(),
                    units, access));
            harness.find("sv-programme-new", Button.class).click();
            harness.find("sv-programme-save", Button.class).click();
            assertTrue(harness.find("sv-programme-title", TextField.class).isInvalid(), "the title is required");
            harness.find("sv-programme-title", TextField.class).setValue("Giám sát giải quyết đơn thư");
            harness.find("sv-programme-subject-unit", UnitPicker.class).setValue(units.find(FakeUnits.TIEN_DU)
                    .orElseThrow());
            harness.find("sv-programme-subject", TextField.class).setValue("UBND xã Tiên Du");
            harness.find("sv-programme-content", TextArea.class).setValue("Tiếp công dân, giải quyết đơn");
            harness.find("sv-programme-team", TextArea.class).setValue("Nguyễn Văn Hùng\n\nTrần Thị Lan");
            harness.find("sv-programme-round", DatePicker.class).setValue(today.minusDays(1));
            harness.find("sv-programme-save", Button.class).click();
            assertTrue(harness.find("sv-programme-round", DatePicker.class).isInvalid(), "not in the past");
            harness.find("sv-programme-round", DatePicker.class).setValue(round);
            harness.find("sv-programme-save", Button.class).click();
            assertTrue(harness.findOptional("sv-programme-dialog", Component.class).isEmpty());
            programme = services.programmes().programmes(TD_FRONT, round.getYear(), FRONT).get(0);
            assertEquals(TD_FRONT, programme.unitId(), "the Front's own unit by default");
            assertEquals(List.of("Nguyễn Văn Hùng", "Trần Thị Lan"), programme.team());

            // the grid's row buttons render only for a browser: open the row's dialogs as its buttons do
            view.day(programme, true);
            assertEquals(today, harness.find("sv-day-field", DatePicker.class).getValue());
            harness.find("sv-day-save", Button.class).click();
            programme = services.programmes().programme(programme.id(), FRONT).orElseThrow();
            assertEquals(ProgrammeState.PLAN_SENT, programme.state());
            view.hold(programme);
            harness.find("sv-held-save", Button.class).click();
            assertTrue(harness.find("sv-held-findings", TextArea.class).isInvalid(), "findings are required");
            harness.find("sv-held-findings", TextArea.class).setValue("Còn 3 đơn quá hạn");
            harness.find("sv-held-save", Button.class).click();
            programme = services.programmes().programme(programme.id(), FRONT).orElseThrow();
            view.recommend(programme);
            assertEquals(FakeUnits.TIEN_DU, harness.find("sv-rec-addressee", UnitPicker.class).getValue().id(),
                    "addressed to the unit supervised unless changed");
            harness.find("sv-rec-content", TextArea.class).setValue("Giải quyết dứt điểm 3 đơn quá hạn");
            harness.find("sv-rec-save", Button.class).click();
            assertTrue(harness.findOptional("sv-rec-dialog", Component.class).isEmpty());
            assertFalse(harness.find("sv-programme-findings", Paragraph.class).getText().isEmpty(),
                    "the findings of the programme chosen are shown above its recommendations");
        }
        List<HomeCard> cards = new SupervisionHomeCards(services.recommendations()).cards(CHAIR);
        assertEquals(1, cards.get(0).count(), "the commune is reminded of what it owes");
        assertTrue(new SupervisionHomeCards(services.recommendations()).cards(FRONT).isEmpty());

        try (UiHarness harness = new UiHarness(CHAIR)) {
            RecommendationsView view = harness.show(new RecommendationsView(services.recommendations(), units,
                    access));
            Recommendation owed = services.recommendations().owedBy(CHAIR).get(0);
            view.answer(owed);
            harness.find("sv-answer-text", TextArea.class).setValue("Đã giải quyết cả 3 đơn");
            harness.find("sv-answer-save", Button.class).click();
            assertTrue(harness.findOptional("sv-answer-dialog", Component.class).isEmpty());
            assertTrue(services.recommendations().owedBy(CHAIR).isEmpty());
        }
        Recommendation answered = services.recommendations().ofProgramme(programme.id(), FRONT).get(0);
        assertEquals(RecommendationState.ANSWERED, answered.state());
        assertTrue(answered.answeredOnTime());

        try (UiHarness harness = new UiHarness(CHAIR)) {
            ReportView view = harness.show(new ReportView(services.reports(), units, access, null, audit));
            SummaryReport report = view.report();
            assertFalse(report == null, "the chair's unit is chosen");
            ExportDocument document = report.document((key, args) -> key + List.of(args));
            long tables = document.blocks().stream().filter(b -> b instanceof ExportBlock.Table).count();
            assertEquals(2, tables);
            ExportBlock.Table recommendations = document.blocks().stream()
                    .filter(b -> b instanceof ExportBlock.Table).map(b -> (ExportBlock.Table) b).toList().get(1);
            boolean sameHalf = (round.getMonthValue() <= 6) == (today.getMonthValue() <= 6)
                    && round.getYear() == today.getYear();
            assertEquals(1, recommendations.rows().size());
            assertEquals("Xã Tiên Du", recommendations.rows().get(0).get(0));
            assertEquals("Đã giải quyết cả 3 đơn", recommendations.rows().get(0).get(6));
            if (sameHalf) {
                assertEquals(1, report.summary().programmes().size());
            }
        }
    }

    @Test
    void aDraftIsCriticisedAndExplainedAndAnOpinionOfThePeopleForwarded() {
        try (UiHarness harness = new UiHarness(FRONT)) {
            CriticismView view = harness.show(new CriticismView(services.criticisms(), units, access));
            view.register();
            harness.find("sv-criticism-draft", TextField.class).setValue("Dự thảo Đề án nông thôn mới kiểu mẫu");
            harness.find("sv-criticism-save", Button.class).click();
            assertTrue(harness.find("sv-criticism-body", TextField.class).isInvalid(), "the drafting body");
            harness.find("sv-criticism-body", TextField.class).setValue("UBND xã Tiên Du");
            harness.find("sv-criticism-drafting-unit", UnitPicker.class).setValue(units.find(FakeUnits.TIEN_DU)
                    .orElseThrow());
            harness.find("sv-criticism-save", Button.class).click();
            assertTrue(harness.findOptional("sv-criticism-dialog", Component.class).isEmpty());
            Criticism c = services.criticisms().criticisms(TD_FRONT, today.getYear(), FRONT).get(0);
            view.conference(c);
            harness.find("sv-conference-summary", TextArea.class).setValue("35 đại biểu dự");
            harness.find("sv-conference-save", Button.class).click();
            c = services.criticisms().criticism(c.id(), FRONT).orElseThrow();
            view.opinion(c);
            harness.find("sv-opinion-author", TextField.class).setValue("Hội Nông dân xã");
            harness.find("sv-opinion-content", TextArea.class).setValue("Bổ sung chỉ tiêu thu nhập");
            harness.find("sv-opinion-save", Button.class).click();
            c = services.criticisms().criticism(c.id(), FRONT).orElseThrow();
            view.send(c);
            harness.find("sv-send-save", Button.class).click();
            assertEquals(CriticismState.SENT, services.criticisms().criticism(c.id(), FRONT).orElseThrow().state());
        }
        try (UiHarness harness = new UiHarness(CHAIR)) {
            CriticismView view = harness.show(new CriticismView(services.criticisms(), units, access));
            Criticism c = services.criticisms().criticisms(FakeUnits.TIEN_DU, today.getYear(), CHAIR).get(0);
            view.explain(c.opinions().get(0));
            harness.find("sv-explain-save", Button.class).click();
            assertTrue(harness.find("sv-explain-text", TextArea.class).isInvalid(), "an explanation is required");
            @SuppressWarnings("unchecked")
            RadioButtonGroup<OpinionDecision> decision = harness.find("sv-explain-decision",
                    RadioButtonGroup.class);
            decision.setValue(OpinionDecision.TAKEN);
            harness.find("sv-explain-text", TextArea.class).setValue("Đã bổ sung vào mục II");
            harness.find("sv-explain-save", Button.class).click();
            assertEquals(CriticismState.EXPLAINED, services.criticisms().criticism(c.id(), CHAIR).orElseThrow()
                    .state());
        }
        try (UiHarness harness = new UiHarness(FRONT)) {
            PeopleOpinionsView view = harness.show(new PeopleOpinionsView(services.peopleOpinions(), units, access));
            view.record();
            harness.find("sv-people-save", Button.class).click();
            assertTrue(harness.find("sv-people-source", TextField.class).isInvalid());
            @SuppressWarnings("unchecked")
            Select<OpinionSubject> subject = harness.find("sv-people-subject", Select.class);
            subject.setValue(OpinionSubject.GOVERNMENT);
            harness.find("sv-people-source", TextField.class).setValue("Tiếp xúc cử tri thôn Đông");
            harness.find("sv-people-content", TextArea.class).setValue("Cán bộ một cửa hẹn nhiều lần");
            harness.find("sv-people-save", Button.class).click();
            int half = today.getMonthValue() <= 6 ? 1 : 2;
            PeopleOpinion o = services.peopleOpinions().opinions(TD_FRONT, today.getYear(), half, FRONT).get(0);
            view.forward(o);
            harness.find("sv-forward-to", TextField.class).setValue("Đảng ủy xã Tiên Du");
            harness.find("sv-forward-save", Button.class).click();
            assertEquals("Đảng ủy xã Tiên Du", services.peopleOpinions().opinions(TD_FRONT, today.getYear(), half,
                    FRONT).get(0).forwardedTo());
        }
    }
}
