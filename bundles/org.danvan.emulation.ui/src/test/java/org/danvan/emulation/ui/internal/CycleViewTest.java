package org.danvan.emulation.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.emulation.api.AwardTitles;
import org.danvan.emulation.api.EmulationPermissions;
import org.danvan.emulation.api.Proposal;
import org.danvan.emulation.api.ProposalDraft;
import org.danvan.emulation.api.Recognition;
import org.danvan.emulation.api.Registration;
import org.danvan.emulation.internal.EmulationServices;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceKind;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.rules.api.RuleTable;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.db.TestDatabase;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The cycle's screen and the report on the real services (H2): a registration through its dialog, the case engine's
 * evidence next to its criterion with a link, the report's document with the award and its amount. The exporter
 * itself (POI, PDFBox) runs in the distribution test.
 */
class CycleViewTest {

    static final UserPrincipal CHAIR = new UserPrincipal(2, "tiendu", "Nguyễn Văn An", FakeUnits.TIEN_DU,
            "Xã Tiên Du", Set.of(EmulationPermissions.VIEW));

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units).grant(CHAIR, FakeUnits.TIEN_DU,
            EmulationPermissions.VIEW, EmulationPermissions.MANAGE, EmulationPermissions.COUNCIL,
            EmulationPermissions.DECIDE);
    private final TestDatabase database = TestDatabase.h2();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final RuleTable rules = RealRules.withModuleFiles("rules/emulation-rules.csv");
    private final AwardTitles titles = titles(rules);
    private final EmulationServices services = new EmulationServices(database, access, units, audit, rules, titles,
            PlatformTime.clock());

    /** The module's own title table component, built as DS builds it. */
    private static AwardTitles titles(RuleTable rules) {
        return new org.danvan.emulation.internal.AwardRules(rules);
    }

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    @Test
    void registerEvaluateWithEvidenceAndReportTheAward() {
        services.addEvidence(new EvidenceProvider() {
            @Override
            public List<EvidenceKind> kinds() {
                return List.of(new EvidenceKind("cases.resolvedOnTime", "cases.evidence.resolvedOnTime", false));
            }

            @Override
            public List<Evidence> evidence(EvidenceQuery query) {
                return List.of(Evidence.figure("cases.resolvedOnTime", "cases.evidence.resolvedOnTime.value", 7L,
                        8L, "bao-cao", Map.of("unit", Long.toString(query.unitId())), 7, 8));
            }
        });
        try (UiHarness harness = new UiHarness(CHAIR)) {
            harness.show(new CycleView(services, titles, units, access, null));
            harness.find("em-registration-new", Button.class).click();
            @SuppressWarnings("unchecked")
            ComboBox<org.danvan.emulation.api.AwardTitle> target = harness.find("em-registration-target",
                    ComboBox.class);
            target.setValue(titles.title("TT_LDTT", LocalDate.now(PlatformTime.ZONE)).orElseThrow());
            harness.find("em-registration-targets", TextArea.class).setValue("Giải quyết đơn thư đúng hạn");
            harness.find("em-registration-save", Button.class).click();
            int year = LocalDate.now(PlatformTime.ZONE).getYear();
            List<Registration> saved = services.registrations(year, CHAIR);
            assertEquals(1, saved.size());
            assertEquals("Xã Tiên Du", saved.get(0).candidateName());

            harness.find("em-registration-evaluate-" + saved.get(0).id(), Button.class).click();
            Div petitions = harness.find("em-evidence-PETITIONS", Div.class);
            Anchor link = petitions.getChildren().flatMap(com.vaadin.flow.component.Component::getChildren)
                    .filter(Anchor.class::isInstance).map(Anchor.class::cast).findFirst().orElseThrow();
            assertTrue(link.getHref().startsWith("bao-cao?unit=12"), link.getHref());
            assertTrue(link.getText().contains("cases.evidence.resolvedOnTime.value"), link.getText());
        }

        Registration r = services.registrations(LocalDate.now(PlatformTime.ZONE).getYear(), CHAIR).get(0);
        Map<String, Integer> points = new HashMap<>();
        services.evaluation(r.id(), CHAIR).forEach(c -> points.put(c.criterion().code(), c.criterion().maxPoints()));
        Registration evaluated = services.evaluate(r.id(), r.version(), points, Map.of(), CHAIR);
        Proposal p = services.propose(new ProposalDraft(evaluated.id(), "TT_LDTT", FakeUnits.TIEN_DU, Set.of(),
                "Hồ sơ"), CHAIR);
        p = services.vote(p.id(), p.version(), true, null, CHAIR);
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        Proposal decided = services.decide(p.id(), p.version(), new Recognition(FakeUnits.TIEN_DU, "7/QĐ-UBND",
                today, "Chủ tịch UBND xã"), CHAIR);
        try (UiHarness harness = new UiHarness(CHAIR)) {
            ReportView view = harness.show(new ReportView(services, services, titles, units, null, audit));
            EmulationReport report = view.report();
            assertEquals(List.of(decided.id()), report.awards().stream().map(Proposal::id).toList());
            assertEquals(0, decided.amount().compareTo(report.total()));
            ExportDocument document = report.document(view::getTranslation);
            ExportBlock.Table awards = (ExportBlock.Table) document.blocks().stream()
                    .filter(b -> b instanceof ExportBlock.Table).findFirst().orElseThrow();
            assertEquals(decided.amount().longValueExact(), awards.rows().get(0).get(7));
            assertTrue(decided.amount().compareTo(BigDecimal.ZERO) > 0);
            ExportBlock.Table titleTable = (ExportBlock.Table) document.blocks().get(document.blocks().size() - 1);
            assertEquals(titles.titles(today).size(), titleTable.rows().size());
            assertTrue(titleTable.rows().stream().allMatch(row -> !row.get(5).toString().isBlank()),
                    "every title row carries its source");
            // narrowed by level and unit (with its subtree): only what matches, and the document says so
            int year = today.getYear();
            java.util.function.Function<EmulationReport.Filter, EmulationReport> narrowed = filter -> EmulationReport
                    .of(year, services.proposals(year, CHAIR), services.models(CHAIR), titles.titles(today), filter);
            assertTrue(narrowed.apply(new EmulationReport.Filter(null, org.danvan.emulation.api.AwardLevel.PROVINCE,
                    null, null)).awards().isEmpty());
            assertTrue(narrowed.apply(new EmulationReport.Filter(null, null, units.currentSubtree(FakeUnits.LIM),
                    "Lim")).awards().isEmpty());
            EmulationReport commune = narrowed.apply(new EmulationReport.Filter(
                    org.danvan.emulation.api.ModelDomain.ECONOMY, org.danvan.emulation.api.AwardLevel.COMMUNE,
                    units.currentSubtree(FakeUnits.PROVINCE), "Tỉnh"));
            assertEquals(List.of(decided.id()), commune.awards().stream().map(Proposal::id).toList());
            ExportBlock.Paragraph said = (ExportBlock.Paragraph) commune.document((key, args) -> key
                    + java.util.Arrays.toString(args)).blocks().get(1);
            assertEquals("emulation.ui.report.filter.domain[emulation.domain.ECONOMY[]]; "
                    + "emulation.ui.report.filter.level[emulation.level.COMMUNE[]]; "
                    + "emulation.ui.report.filter.unit[Tỉnh]", said.text());
            ExportDocument certificate = Certificates.document(decided,
                    (key, args) -> key + java.util.Arrays.toString(args));
            assertTrue(certificate.blocks().stream().anyMatch(b -> b instanceof ExportBlock.Paragraph para
                    && para.text().equals("emulation.ui.certificate.decision[7/QĐ-UBND, "
                    + org.danvan.platform.ui.kit.LocalizedDates.format(today) + "]")),
                    "the certificate names the decision");
            assertTrue(certificate.blocks().stream().anyMatch(b -> b instanceof ExportBlock.Paragraph para
                    && para.text().equals("emulation.ui.certificate.authority.COMMUNE[XÃ TIÊN DU]")),
                    "and the awarding authority");
            String day = String.format("%02d", today.getDayOfMonth());
            String month = String.format("%02d", today.getMonthValue());
            assertTrue(certificate.blocks().stream().anyMatch(b -> b instanceof ExportBlock.Paragraph para
                    && para.align() == ExportBlock.Align.RIGHT && para.text().equals(
                            "emulation.ui.certificate.placeDate[Tiên Du, " + day + ", " + month + ", "
                                    + today.getYear() + "]")), "the place and date line, right");
            assertTrue(certificate.landscape());
            assertEquals("Nguyễn Văn An", Certificates.signerName("Nguyễn Văn An, Chủ tịch UBND xã"));
            assertEquals("Chủ tịch UBND xã", Certificates.signerName(" Chủ tịch UBND xã "));
            assertEquals("Tiên Du", Certificates.place("Xã Tiên Du"));
            assertEquals("Bắc Ninh", Certificates.place("Tỉnh Bắc Ninh"));
        }
    }
}
