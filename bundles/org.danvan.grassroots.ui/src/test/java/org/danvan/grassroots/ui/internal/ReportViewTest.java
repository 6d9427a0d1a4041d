package org.danvan.grassroots.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.BallotResult;
import org.danvan.grassroots.api.DecisionWay;
import org.danvan.grassroots.api.DisclosureDraft;
import org.danvan.grassroots.api.DisclosureForm;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Matter;
import org.danvan.grassroots.api.MatterDraft;
import org.danvan.grassroots.api.Posting;
import org.danvan.grassroots.internal.GrassrootsServices;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.TestKeys;
import org.danvan.sdk.testing.db.TestDatabase;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;

/**
 * The report on the real services (H2): what it gathers for a commune and the document handed to the exporter. The
 * exporter itself (POI, PDFBox) runs in the distribution test, GrassrootsModuleIT.
 */
class ReportViewTest {

    static final UserPrincipal CHAIR = new UserPrincipal(2, "tiendu", "Nguyễn Văn An", FakeUnits.TIEN_DU,
            "Xã Tiên Du", Set.of(GrassrootsPermissions.VIEW));

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units).grant(CHAIR, FakeUnits.TIEN_DU,
            GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_DISCLOSURES,
            GrassrootsPermissions.MANAGE_DECISIONS, GrassrootsPermissions.MANAGE_AGENCY,
            GrassrootsPermissions.MANAGE_STEERING, GrassrootsPermissions.RECOGNISE_DECISIONS);
    private final TestDatabase database = TestDatabase.h2();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final GrassrootsServices services = new GrassrootsServices(database, access, units, audit,
            RealRules.withModuleFiles("rules/grassroots-rules.csv"), access.moduleEnablement(),
            TestKeys.inTemporaryDirectory(), PlatformTime.clock());
    /** Never called here: the document is checked before it reaches the exporter. */
    private final DocumentExporter unused = null;

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    @Test
    void theReportGathersTheCommunesDisclosuresAndMattersAndOffersBothFormats() {
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        services.create(new DisclosureDraft(FakeUnits.TIEN_DU, 2, "Dự toán ngân sách", null, today, null,
                List.of(new Posting(DisclosureForm.NOTICE_BOARD, today, 30))), CHAIR);
        services.create(new DisclosureDraft(FakeUnits.VILLAGE, 7, "Thu hồi đất", null, today, null,
                List.of(new Posting(DisclosureForm.VILLAGE_HALL, today, 29))), CHAIR);
        Matter m = services.matters().create(new MatterDraft(FakeUnits.VILLAGE, "Làm đường", DecisionWay.HOUSEHOLD_BALLOT,
                List.of("Có", "Không"), 120, today, null, null, null), CHAIR);
        services.matters().recordResult(m.id(), m.version(), new BallotResult(List.of(61, 50), 111, today), CHAIR);

        try (UiHarness harness = new UiHarness(CHAIR)) {
            ReportView view = harness.show(new ReportView(services, services.matters(), services.consultations(),
                    services.boards(), services.agencies(), services.steering(), units, unused, audit));
            harness.find("gr-report-show", Button.class).click();
            GrassrootsReport report = view.report();
            assertEquals("Xã Tiên Du", report.unitName());
            assertEquals(2, report.disclosures().size());
            assertEquals(2, report.disclosuresOnTime(), "both started on time");
            assertEquals(1, report.disclosuresFlagged(), "29 days at the village hall, no loudspeaker");
            assertEquals(1, report.mattersPassed());
            assertEquals(0, report.recordsOnTime(), "not sent yet");
            assertTrue(harness.find("gr-report-xlsx", Anchor.class).isVisible());
            assertTrue(harness.find("gr-report-pdf", Anchor.class).isVisible());

            ExportDocument document = report.document((key, args) -> key);
            List<ExportBlock.Table> tables = document.blocks().stream()
                    .filter(ExportBlock.Table.class::isInstance).map(ExportBlock.Table.class::cast).toList();
            assertEquals(2, tables.size());
            assertEquals(2, tables.get(0).rows().size());
            List<Object> matterRow = tables.get(1).rows().get(0);
            assertEquals(List.of(today, "Làm đường", "Thôn Đông", 120, 111, new BigDecimal("0.9250"), "Có"),
                    matterRow.subList(0, 7));
            assertEquals("", matterRow.get(9), "no answer from the commune yet");
            assertTrue(document.landscape());

            GrassrootsReport quarter = new GrassrootsReport("Xã Lim", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 3, 31), List.of(), List.of(), List.of(services.contentGroups().get(1)));
            assertEquals("grassroots.ui.report.missing", quarter.missingText((key, args) -> key));
            assertTrue(quarter.document((key, args) -> key).blocks().stream()
                    .filter(ExportBlock.Paragraph.class::isInstance).map(b -> ((ExportBlock.Paragraph) b).text())
                    .anyMatch("grassroots.ui.report.missing"::equals), "the document names the missing group");
        }
    }

    @Test
    void theDocumentShowsTheCommunesAnswerToEachRecord() {
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        Matter m = services.matters().create(new MatterDraft(FakeUnits.VILLAGE, "Làm đường", DecisionWay.HOUSEHOLD_BALLOT,
                List.of("Có", "Không"), 120, today, null, null, null), CHAIR);
        m = services.matters().recordResult(m.id(), m.version(), new BallotResult(List.of(61, 50), 111, today), CHAIR);
        m = services.matters().recordSent(m.id(), m.version(), today, CHAIR);
        m = services.matters().recordRecognition(m.id(), m.version(),
                new org.danvan.grassroots.api.Recognition(true, today, "15/QĐ-UBND", null), CHAIR);

        GrassrootsReport report = new GrassrootsReport("Xã Tiên Du", today, today, List.of(), List.of(m), List.of());
        org.danvan.platform.ui.kit.Translate t = (key, args) -> key + List.of(args);
        List<ExportBlock.Table> tables = report.document(t).blocks().stream()
                .filter(ExportBlock.Table.class::isInstance).map(ExportBlock.Table.class::cast).toList();
        assertEquals("grassroots.ui.recognition.recognised[15/QĐ-UBND, " + LocalizedDates.format(today) + "]",
                tables.get(1).rows().get(0).get(9));
        assertEquals("grassroots.ui.field.recognised[]", tables.get(1).columns().get(9).header());
    }

    @Test
    void theDashboardCountsBoardActivityAspirationsMeetingsAndTasks() {
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        java.util.List<org.danvan.grassroots.api.BoardMember> five = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            five.add(new org.danvan.grassroots.api.BoardMember("Thành viên " + i, "Thôn Đông", false));
        }
        org.danvan.grassroots.api.Board board = services.boards().createBoard(
                new org.danvan.grassroots.api.BoardDraft(FakeUnits.TIEN_DU, "Ban TTND", today.minusYears(1),
                        today.plusYears(4), five), CHAIR);
        org.danvan.grassroots.api.Recommendation sent = services.boards().recommend(board.id(), "Kiến nghị 1",
                today.minusDays(1), today.plusDays(10), CHAIR);
        services.boards().recommend(board.id(), "Kiến nghị 2", today.minusDays(1), today.plusDays(10), CHAIR);
        services.boards().answer(sent.id(), sent.version(), "Đã trả lời", today, CHAIR);
        services.boards().recordRound(board.id(), new org.danvan.grassroots.api.SupervisionRoundDraft("Đường",
                today.minusDays(2), today, "Tốt"), CHAIR);
        org.danvan.grassroots.api.AgencyConference conference = services.agencies().recordConference(
                new org.danvan.grassroots.api.AgencyConferenceDraft(FakeUnits.TIEN_DU, today.getYear() - 1, today,
                        30, 28, "NQ", null), CHAIR);
        services.agencies().recordAspiration(conference.id(), new org.danvan.grassroots.api.AspirationDraft("Ý",
                null, true, org.danvan.grassroots.api.AspirationRecipient.HEAD, today, today.plusDays(5)), CHAIR);
        services.boards().recordMeeting(new org.danvan.grassroots.api.CommunityMeetingDraft(FakeUnits.TIEN_DU,
                org.danvan.grassroots.api.CommunityMeetingKind.DIALOGUE_CONFERENCE, today.getYear(), today, null, 70,
                "Đất đai", null), CHAIR);
        try (UiHarness harness = new UiHarness(CHAIR)) {
            ReportView view = harness.show(new ReportView(services, services.matters(), services.consultations(),
                    services.boards(), services.agencies(), services.steering(), units, unused, audit));
            harness.find("gr-report-show", Button.class).click();
            assertEquals(new ActivityFigures(0, 0, 2, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0), view.report().activity());
            assertTrue(view.report().document((key, args) -> key).blocks().stream()
                    .anyMatch(b -> b instanceof ExportBlock.Paragraph p
                            && p.text().equals("grassroots.ui.report.activity")), "the figures are in the document");
        }
    }
}
