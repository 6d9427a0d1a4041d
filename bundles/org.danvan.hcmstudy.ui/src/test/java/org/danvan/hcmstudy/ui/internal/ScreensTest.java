package org.danvan.hcmstudy.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.hcmstudy.api.Behaviour;
import org.danvan.hcmstudy.api.Classification;
import org.danvan.hcmstudy.api.Commitment;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.hcmstudy.api.StudyService;
import org.danvan.hcmstudy.api.StudySession;
import org.danvan.hcmstudy.internal.HcmStudyServices;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceKind;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;
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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The screens on the real services (H2) without a browser: the keeper's, the member's, the head's, the report. */
class ScreensTest {

    static final UserPrincipal CHAIR = new UserPrincipal(1, "chair", "Chủ tịch xã", FakeUnits.TIEN_DU, "Xã Tiên Du",
            Set.of());
    static final UserPrincipal AN = new UserPrincipal(3, "an", "Nguyễn Văn An", FakeUnits.TIEN_DU, "Xã Tiên Du",
            Set.of());

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(CHAIR, FakeUnits.TIEN_DU, HcmStudyPermissions.VIEW, HcmStudyPermissions.MANAGE,
                    HcmStudyPermissions.ASSESS, HcmStudyPermissions.PARTICIPATE)
            .grant(AN, FakeUnits.TIEN_DU, HcmStudyPermissions.PARTICIPATE);
    private final TestDatabase database = TestDatabase.h2();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final HcmStudyServices services = HcmStudyServices.open(database, access, units, audit,
            RealRules.withModuleFiles("rules/hcmstudy-rules.csv"), RealRules.calendar(), PlatformTime.clock());
    private final LocalDate today = LocalDate.now(PlatformTime.ZONE);

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    private static String key(String key) {
        return "!{" + key + "}!";
    }

    @Test
    void theKeeperSetsTheProgrammeAndTakesAttendanceWithReasons() {
        try (UiHarness harness = new UiHarness(CHAIR)) {
            ProgrammeView view = harness.show(new ProgrammeView(services.study(), units, access));
            assertFalse(harness.find("hs-session-plan", Button.class).isVisible(), "no programme yet");
            harness.find("hs-programme-edit", Button.class).click();
            harness.find("hs-programme-save", Button.class).click();
            assertTrue(harness.find("hs-programme-theme-field", TextField.class).isInvalid());
            harness.find("hs-programme-theme-field", TextField.class).setValue("Phục vụ Nhân dân");
            harness.find("hs-programme-contents-field", TextArea.class).setValue("Gần dân, trọng dân");
            harness.find("hs-programme-materials-field", TextArea.class).setValue("Chỉ thị 05-CT/TW\n\nTài liệu 2");
            harness.find("hs-programme-save", Button.class).click();
            assertTrue(harness.findOptional("hs-programme-dialog", Component.class).isEmpty());
            assertEquals(List.of("Chỉ thị 05-CT/TW", "Tài liệu 2"), services.study().programme(FakeUnits.TIEN_DU,
                    today.getYear(), CHAIR).orElseThrow().materials());

            for (String name : new String[] { "Nguyễn Văn An", "Trần Thị Bình" }) {
                harness.find("hs-member-add", Button.class).click();
                harness.find("hs-member-name", TextField.class).setValue(name);
                harness.find("hs-member-save", Button.class).click();
            }
            assertEquals(2, services.study().members(FakeUnits.TIEN_DU, CHAIR).size());

            harness.find("hs-session-plan", Button.class).click();
            harness.find("hs-session-day", DatePicker.class).setValue(today);
            harness.find("hs-session-topic", TextField.class).setValue("Chuyên đề năm");
            harness.find("hs-session-presenter", TextField.class).setValue("Bí thư");
            harness.find("hs-session-save", Button.class).click();
            StudySession session = services.study().sessions(services.study().programme(FakeUnits.TIEN_DU,
                    today.getYear(), CHAIR).orElseThrow().id(), CHAIR).get(0);

            // the grid's row buttons render only for a browser: open the row's dialog as its button does
            view.hold(session);
            long binh = services.study().members(FakeUnits.TIEN_DU, CHAIR).get(1).id();
            harness.find("hs-hold-present-" + binh, Checkbox.class).setValue(false);
            harness.find("hs-hold-save", Button.class).click();
            assertEquals(key(StudyService.REASON_REQUIRED), harness.find("hs-hold-problems", Paragraph.class)
                    .getText(), "an absence without reason is refused, the dialog stays");
            harness.find("hs-hold-reason-" + binh, TextField.class).setValue("Ốm");
            harness.find("hs-hold-save", Button.class).click();
            assertTrue(harness.findOptional("hs-hold-dialog", Component.class).isEmpty());
            StudySession held = services.study().sessions(session.programmeId(), CHAIR).get(0);
            assertEquals(1, held.present());
            assertEquals(List.of("Trần Thị Bình"), services.study().needingMakeUp(held.id(), CHAIR).stream()
                    .map(org.danvan.hcmstudy.api.Member::name).toList());
        }
    }

    @Test
    void aMemberRegistersAndReviewsAndTheHeadClassifies() {
        services.study().addMember(new org.danvan.hcmstudy.api.MemberDraft(FakeUnits.TIEN_DU, "Nguyễn Văn An",
                "Công chức", "an", false), CHAIR);
        HomeCard owed = new StudyHomeCards(services.commitments()).cards(AN).get(0);
        assertEquals(1, owed.count(), "the home card reminds An to register");
        try (UiHarness harness = new UiHarness(AN)) {
            MyCommitmentView mine = harness.show(new MyCommitmentView(services.commitments()));
            harness.find("hs-mine-register", Button.class).click();
            harness.find("hs-register-save", Button.class).click();
            @SuppressWarnings("unchecked")
            CheckboxGroup<Behaviour> chosen = harness.find("hs-register-behaviours", CheckboxGroup.class);
            assertTrue(chosen.isInvalid(), "at least one behaviour");
            assertTrue(chosen.getListDataView().getItems().noneMatch(b -> b.group().equals("leader")),
                    "An holds no leading post");
            chosen.setValue(Set.of(services.commitments().behaviours().stream()
                    .filter(b -> b.id().equals("mass.close")).findFirst().orElseThrow()));
            harness.find("hs-register-text", TextArea.class).setValue("Giải quyết hồ sơ đúng hạn");
            harness.find("hs-register-save", Button.class).click();
            Commitment registered = services.commitments().myHistory(AN).get(0);
            assertEquals(List.of("mass.close"), registered.behaviours());
            assertEquals(0, new StudyHomeCards(services.commitments()).cards(AN).get(0).count());

            // December: both reviews are open (rules hcmstudy.review.midyear and .yearend)
            mine.review(registered, org.danvan.hcmstudy.api.ReviewStage.YEAR_END);
            harness.find("hs-review-text", TextArea.class).setValue("Cả năm đúng hạn");
            harness.find("hs-review-save", Button.class).click();
        }
        Commitment reviewed = services.commitments().myHistory(AN).get(0);
        boolean yearEndOpen = !today.isBefore(LocalDate.of(today.getYear(), 12, 1));
        assertEquals(yearEndOpen, reviewed.yearEndOn() != null);
        if (yearEndOpen) {
            try (UiHarness harness = new UiHarness(CHAIR)) {
                AssessView assess = harness.show(new AssessView(services.commitments(), units, access, List.of()));
                assess.assess(reviewed);
                @SuppressWarnings("unchecked")
                Select<Classification> classification = harness.find("hs-assess-classification", Select.class);
                classification.setValue(Classification.EXCELLENT);
                harness.find("hs-assess-save", Button.class).click();
            }
            assertEquals(Classification.EXCELLENT, services.commitments().myHistory(AN).get(0).classification());
        }
    }

    @Test
    void theHeadSeesWhatOtherModulesTellAboutTheUnitBesideACommitment() {
        long an = services.study().addMember(new org.danvan.hcmstudy.api.MemberDraft(FakeUnits.TIEN_DU,
                "Nguyễn Văn An", null, "an", false), CHAIR).id();
        Commitment c = services.commitments().register(new org.danvan.hcmstudy.api.CommitmentDraft(an,
                today.getYear(), List.of("mass.close"), null), AN);
        List<EvidenceQuery> asked = new ArrayList<>();
        EvidenceProvider cases = new EvidenceProvider() {
            @Override
            public List<EvidenceKind> kinds() {
                return List.of(new EvidenceKind("cases.resolvedOnTime", "cases.evidence.resolvedOnTime", false));
            }

            @Override
            public List<Evidence> evidence(EvidenceQuery query) {
                asked.add(query);
                return List.of(Evidence.figure("cases.resolvedOnTime", "cases.evidence.resolvedOnTime.value", 40,
                        42L, "ho-so/bao-cao", Map.of(), 40, 42));
            }
        };
        try (UiHarness harness = new UiHarness(CHAIR)) {
            AssessView none = harness.show(new AssessView(services.commitments(), units, access,
                    List.of(services.evidence())));
            assertEquals(key("hcmstudy.ui.assess.noEvidence"), none.evidence(c).getText(),
                    "the module's own evidence is not evidence for its own commitments");
            AssessView withCases = harness.show(new AssessView(services.commitments(), units, access,
                    List.of(cases, services.evidence())));
            assertEquals(key("hcmstudy.ui.assess.evidence") + "\n• " + key("cases.evidence.resolvedOnTime.value"),
                    withCases.evidence(c).getText());
            EvidenceQuery query = asked.get(0);
            assertEquals(FakeUnits.TIEN_DU, query.unitId());
            assertEquals(LocalDate.of(today.getYear(), 1, 1), query.from());
            assertEquals(LocalDate.of(today.getYear(), 12, 31), query.to());
            assertEquals(CHAIR, query.asker(), "the provider decides with the head's scope");
        }
    }

    @Test
    void aMemberWithAnAccountHasTheirOwnWorkShownFirst() {
        long an = services.study().addMember(new org.danvan.hcmstudy.api.MemberDraft(FakeUnits.TIEN_DU,
                "Nguyễn Văn An", null, "an", false), CHAIR).id();
        Commitment c = services.commitments().register(new org.danvan.hcmstudy.api.CommitmentDraft(an,
                today.getYear(), List.of("mass.close"), null), AN);
        List<EvidenceQuery> asked = new ArrayList<>();
        EvidenceProvider cases = new EvidenceProvider() {
            @Override
            public List<EvidenceKind> kinds() {
                return List.of(new EvidenceKind("cases.resolvedOnTime", "cases.evidence.resolvedOnTime", false));
            }

            @Override
            public List<Evidence> evidence(EvidenceQuery query) {
                asked.add(query);
                return List.of(query.personUserId() == null
                        ? Evidence.figure("cases.resolvedOnTime", "cases.evidence.resolvedOnTime.value", 40, 42L,
                                "bao-cao", Map.of(), 40, 42)
                        : Evidence.figure("cases.resolvedOnTime", "cases.evidence.person.resolvedOnTime.value", 9,
                                9L, "bao-cao", Map.of(), 9, 9));
            }
        };
        try (UiHarness harness = new UiHarness(CHAIR)) {
            AssessView view = harness.show(new AssessView(services.commitments(), units, access, List.of(cases),
                    (commitment, asker) -> commitment.memberId() == an ? AN.userId() : null));
            assertEquals(key("hcmstudy.ui.assess.evidence") + "\n• Nguyễn Văn An: "
                    + key("cases.evidence.person.resolvedOnTime.value") + "\n• "
                    + key("cases.evidence.resolvedOnTime.value"), view.evidence(c).getText());
            assertEquals(Long.valueOf(AN.userId()), asked.get(0).personUserId(), "the person first");
            assertEquals(null, asked.get(1).personUserId(), "then the unit");
            assertEquals(CHAIR, asked.get(0).asker());
        }
    }

    @Test
    void theReportCountsTheUnitAndOffersBothFormats() {
        services.study().addMember(new org.danvan.hcmstudy.api.MemberDraft(FakeUnits.TIEN_DU, "Nguyễn Văn An",
                null, null, false), CHAIR);
        services.exemplary().propose(FakeUnits.TIEN_DU, false, "Nguyễn Thị Hoa", "Vận động hiến đất", CHAIR);
        try (UiHarness harness = new UiHarness(CHAIR)) {
            ReportView view = harness.show(new ReportView(services.reports(), units, access, null, audit));
            StudyReport report = view.report();
            assertEquals("Xã Tiên Du", report.unitName());
            assertEquals(1, report.total().members());
            assertEquals(1, report.lines().size());
            ExportDocument document = report.document((k, a) -> k, id -> "Xã Tiên Du");
            ExportBlock.Table table = document.blocks().stream().filter(ExportBlock.Table.class::isInstance)
                    .map(ExportBlock.Table.class::cast).findFirst().orElseThrow();
            assertEquals(13, table.columns().size());
            assertEquals("Xã Tiên Du", table.rows().get(0).get(0));
            assertEquals(1, table.rows().get(0).get(1));
            assertTrue(harness.find("hs-report-xlsx", com.vaadin.flow.component.html.Anchor.class).isVisible());
        }
    }
}
