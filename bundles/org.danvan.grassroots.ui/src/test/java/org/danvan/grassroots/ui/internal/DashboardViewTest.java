package org.danvan.grassroots.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.BallotResult;
import org.danvan.grassroots.api.Board;
import org.danvan.grassroots.api.BoardDraft;
import org.danvan.grassroots.api.BoardMember;
import org.danvan.grassroots.api.DecisionWay;
import org.danvan.grassroots.api.DisclosureDraft;
import org.danvan.grassroots.api.DisclosureForm;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Matter;
import org.danvan.grassroots.api.MatterDraft;
import org.danvan.grassroots.api.MatterService;
import org.danvan.grassroots.api.Posting;
import org.danvan.grassroots.api.Recognition;
import org.danvan.grassroots.api.Recommendation;
import org.danvan.grassroots.internal.GrassrootsServices;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.TestKeys;
import org.danvan.sdk.testing.db.TestDatabase;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;

/** The commune dashboard on the real services (H2): the figures of the commune's data in the period. */
class DashboardViewTest {

    static final UserPrincipal CHAIR = new UserPrincipal(2, "tiendu", "Nguyễn Văn An", FakeUnits.TIEN_DU,
            "Xã Tiên Du", Set.of(GrassrootsPermissions.VIEW));

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units).grant(CHAIR, FakeUnits.TIEN_DU,
            GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_DISCLOSURES,
            GrassrootsPermissions.MANAGE_DECISIONS, GrassrootsPermissions.RECOGNISE_DECISIONS);
    private final TestDatabase database = TestDatabase.h2();
    private final GrassrootsServices services = new GrassrootsServices(database, access, units,
            new RecordingAuditTrail(), RealRules.withModuleFiles("rules/grassroots-rules.csv"),
            access.moduleEnablement(), TestKeys.inTemporaryDirectory(), PlatformTime.clock());

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    @Test
    void theChairsCommuneShowsDisclosuresMattersRecognisedAndRecommendations() {
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        services.create(new DisclosureDraft(FakeUnits.TIEN_DU, 2, "Dự toán ngân sách", null, today, null,
                List.of(new Posting(DisclosureForm.NOTICE_BOARD, today, 30))), CHAIR);
        // decided 20 days ago, posted only today: more than 5 working days late
        services.create(new DisclosureDraft(FakeUnits.TIEN_DU, 1, "Kế hoạch phát triển kinh tế - xã hội", null,
                today.minusDays(20), null, List.of(new Posting(DisclosureForm.NOTICE_BOARD, today, 30))), CHAIR);
        MatterService matters = services.matters();
        Matter recognised = counted(matters, "Làm đường", today);
        recognised = matters.recordSent(recognised.id(), recognised.version(), today, CHAIR);
        matters.recordRecognition(recognised.id(), recognised.version(),
                new Recognition(true, today, "15/QĐ-UBND", null), CHAIR);
        counted(matters, "Sửa nhà văn hóa", today);
        List<BoardMember> five = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            five.add(new BoardMember("Thành viên " + i, "Thôn Đông", false));
        }
        Board board = services.boards().createBoard(new BoardDraft(FakeUnits.TIEN_DU, "Ban TTND", today.minusYears(1),
                today.plusYears(4), five), CHAIR);
        Recommendation first = services.boards().recommend(board.id(), "Kiến nghị 1", today.minusDays(1),
                today.plusDays(10), CHAIR);
        services.boards().recommend(board.id(), "Kiến nghị 2", today.minusDays(1), today.plusDays(10), CHAIR);
        services.boards().answer(first.id(), first.version(), "Đã trả lời", today, CHAIR);

        try (UiHarness harness = new UiHarness(CHAIR)) {
            harness.show(new DashboardView(new ReportSources(services, matters, services.consultations(),
                    services.boards(), services.agencies(), services.steering(), units), access));
            assertEquals(FakeUnits.TIEN_DU, harness.find("gr-dashboard-unit", UnitPicker.class).getValue().id(),
                    "the user's own commune by default");
            harness.find("gr-dashboard-from", DatePicker.class).setValue(today.minusDays(60));
            harness.find("gr-dashboard-show", Button.class).click();
            assertEquals("2", figure(harness, "disclosures"));
            assertEquals("1", figure(harness, "disclosures-on-time"));
            assertEquals("1", figure(harness, "disclosures-late"));
            assertEquals("2", figure(harness, "matters-decided"));
            assertEquals("1", figure(harness, "records-sent"));
            assertEquals("1", figure(harness, "records-on-time"));
            assertEquals("1", figure(harness, "recognised"));
            assertEquals("0", figure(harness, "not-recognised"));
            assertEquals("2", figure(harness, "recommendations"));
            assertEquals("1", figure(harness, "recommendations-answered"));
            assertEquals("0", figure(harness, "recommendations-late"));
        }
    }

    private Matter counted(MatterService matters, String title, LocalDate today) {
        Matter m = matters.create(new MatterDraft(FakeUnits.VILLAGE, title, DecisionWay.HOUSEHOLD_BALLOT,
                List.of("Có", "Không"), 120, today, null, null, null), CHAIR);
        return matters.recordResult(m.id(), m.version(), new BallotResult(List.of(61, 50), 111, today), CHAIR);
    }

    private static String figure(UiHarness harness, String key) {
        return harness.find("gr-dashboard-" + key, Span.class).getText();
    }
}
