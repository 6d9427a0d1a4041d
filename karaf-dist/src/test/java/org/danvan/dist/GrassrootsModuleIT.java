package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The grassroots democracy module (issue 11) as a commune lives it: the wanted-modules file installs it for Xã Tiên
 * Du only; the commune chair publishes a disclosure and sees it on the commune's public page, which another commune
 * does not have; a household ballot is announced, counted (61 of 120 households: passed), its record sent and the
 * decision recognised by the commune chair; the report is exported as Excel and PDF through the export bundle; a
 * citizen comments on the public page without an account and staff see the comment with the contact only they see; a
 * closed consultation's explanation is published and shown to citizens; a People's Inspection Board's
 * recommendation is answered by the commune; a project's Community Investment Supervision Board records a round with
 * its findings, a recommendation answered, and is dissolved when the project ends; an agency's staff conference is
 * recorded and a staff aspiration is recorded anonymously (no name shown or audited) and answered; the yearly
 * dialogue conference is recorded; every step is in the audit trail; the commune dashboard shows the figures of all
 * this.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GrassrootsModuleIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(30);
    private static final String CHAIR = "chutich.tiendu";
    private static final String DISCLOSURE = "Dự toán ngân sách xã Tiên Du năm 2027";
    private static final String MATTER = "Mức đóng góp làm đường bê tông thôn Đông";
    private static final String OPEN_CONSULTATION = "Dự thảo quy hoạch khu dân cư thôn Đông";
    private static final String CLOSED_CONSULTATION = "Dự thảo hương ước thôn Đoài";

    @Override
    protected void configure(KarafDistribution copy) {
        copy.setProperty("etc/org.danvan.platform.modules.cfg", "install", "grassroots");
        // Xã Tiên Du of the demo province; Xã Yên Phong (24004) does not get the module
        copy.setProperty("etc/org.danvan.platform.modules.cfg", "grassroots.units", "24003");
    }

    @Test
    @Order(1)
    void theWantedModulesFileInstallsTheModuleForOneCommune() {
        karaf.awaitLog("Module grassroots: enabling for 24003", UI);
        String list = karaf.shell("danvan:module-list");
        assertTrue(list.lines().anyMatch(l -> l.startsWith("grassroots") && l.contains("installed")
                && l.contains("24003")), list);
        String rules = karaf.shell("danvan:rules");
        assertTrue(rules.contains("grassroots.decision.approval") && rules.contains("Điều 19"), rules);
    }

    @Test
    @Order(2)
    void theCommuneChairPublishesADisclosure() {
        browser.useDesktopSize();
        browser.open(karaf.baseUrl() + "dan-chu/cong-khai");
        browser.signIn(CHAIR, "danvan");
        browser.find("#gr-disclosure-new").click();
        browser.find("#gr-disclosure-dialog");
        WebElement group = browser.find("#gr-disclosure-group input");
        group.sendKeys("quyết toán ngân sách");
        browser.waitUntil(UI, d -> !browser.findAll("vaadin-combo-box-item").isEmpty()
                && browser.findAll("vaadin-combo-box-item").get(0).getText().startsWith("2."));
        group.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitForVaadin();
        browser.typeInto("#gr-disclosure-title input", DISCLOSURE);
        browser.typeInto("#gr-disclosure-decision input", "125/QĐ-UBND");
        browser.find("#gr-disclosure-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#gr-disclosure-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#gr-disclosure-list").contains(DISCLOSURE));
        assertTrue(gridText("#gr-disclosure-list").contains("Xã Tiên Du"));
        browser.screenshot("grassroots-disclosures");
    }

    @Test
    @Order(3)
    void theCommunesPublicPageShowsItOnAPhoneAndAnotherCommuneHasNoPage() {
        browser.usePhoneSize();
        browser.open(karaf.baseUrl() + "cong-khai?xa=24003");
        browser.waitUntil(UI, d -> !browser.findAll("#gr-public-group-2").isEmpty());
        String page = browser.find("#gr-public").getText();
        assertTrue(page.contains("Xã Tiên Du") && page.contains(DISCLOSURE) && page.contains("125/QĐ-UBND"), page);
        assertTrue(browser.findAll("#gr-public-none").isEmpty());
        browser.screenshot("grassroots-public-phone");
        browser.open(karaf.baseUrl() + "cong-khai?xa=24004");
        browser.find("#gr-public-none");
        assertTrue(browser.findAll("[id^='gr-public-group-']").isEmpty(), "Xã Yên Phong has no page");
        browser.useDesktopSize();
    }

    @Test
    @Order(4)
    void aHouseholdBallotIsCountedAgainstAllHouseholdsAndItsRecordSent() {
        browser.open(karaf.baseUrl() + "dan-chu/bieu-quyet");
        browser.find("#gr-matter-new").click();
        browser.find("#gr-matter-dialog");
        browser.typeInto("#gr-matter-title input", MATTER);
        WebElement options = browser.find("#gr-matter-options textarea");
        options.sendKeys("200.000 đồng/hộ", Keys.ENTER, "300.000 đồng/hộ", Keys.TAB);
        browser.typeInto("#gr-matter-households input", "120");
        setDate("#gr-matter-meeting-on", today());
        browser.find("#gr-matter-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#gr-matter-dialog").isEmpty());
        browser.waitUntil(UI, d -> !browser.findAll("[id^='gr-matter-count-']").isEmpty());

        browser.find("[id^='gr-matter-count-']").click();
        browser.find("#gr-ballot-dialog");
        browser.typeInto("#gr-ballot-votes-0 input", "61");
        browser.typeInto("#gr-ballot-votes-1 input", "40");
        browser.typeInto("#gr-ballot-taking-part input", "105");
        browser.find("#gr-ballot-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#gr-ballot-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#gr-matter-list").contains("Thông qua: 200.000 đồng/hộ"));
        String grid = gridText("#gr-matter-list");
        assertTrue(grid.contains("61/120") && grid.contains("87.5"), grid);
        assertTrue(grid.contains("Hạn gửi"), grid);
        browser.screenshot("grassroots-ballot-counted");

        browser.find("[id^='gr-matter-sent-']").click();
        browser.find("#gr-matter-sent-dialog");
        browser.find("#gr-matter-sent-save").click();
        // "Đã gửi <day>" once saved; the button before it reads "Đã gửi biên bản", so wait for the day
        String sentOn = String.format("Đã gửi %1$td/%1$tm/%1$tY", today());
        browser.waitUntil(UI, d -> browser.findAll("#gr-matter-sent-dialog").isEmpty()
                && gridText("#gr-matter-list").contains(sentOn));

        // the commune chair recognises the decision: the commune's decision number is required
        browser.find("[id^='gr-matter-recognise-']").click();
        browser.find("#gr-recognition-dialog");
        browser.find("#gr-recognition-save").click();
        browser.waitUntil(UI, d -> browser.find("#gr-recognition-reference").getAttribute("invalid") != null);
        browser.typeInto("#gr-recognition-reference input", "15/QĐ-UBND");
        browser.find("#gr-recognition-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#gr-recognition-dialog").isEmpty()
                && gridText("#gr-matter-list").contains("Đã được công nhận: 15/QĐ-UBND"));
        assertTrue(browser.findAll("[id^='gr-matter-recognise-']").isEmpty(), "answered once");
        browser.screenshot("grassroots-ballot-recognised");
    }

    @Test
    @Order(5)
    void theReportIsExportedAsExcelAndPdf() throws Exception {
        browser.open(karaf.baseUrl() + "dan-chu/bao-cao");
        browser.find("#gr-report-show").click();
        browser.waitUntil(UI, d -> browser.find("#gr-report-summary").getText().contains("1 nội dung công khai"));
        String summary = browser.find("#gr-report-summary").getText();
        assertTrue(summary.contains("1 được thông qua") && summary.contains("1 biên bản gửi đúng hạn"), summary);

        byte[] xlsx = downloadLink("#gr-report-xlsx");
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        cells.append(cell.getStringCellValue()).append('\n');
                    }
                }
            }
        }
        assertTrue(cells.toString().contains(DISCLOSURE) && cells.toString().contains(MATTER)
                && cells.toString().contains("200.000 đồng/hộ"), cells.toString());
        byte[] pdf = downloadLink("#gr-report-pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        System.out.printf("DanVan: grassroots report for Xã Tiên Du: xlsx %d bytes, pdf %d bytes%n", xlsx.length,
                pdf.length);

        String audit = karaf.shell("danvan:audit-list --action grassroots --limit 20");
        for (String action : List.of("grassroots.disclosure.created", "grassroots.matter.created",
                "grassroots.matter.counted", "grassroots.matter.record-sent", "grassroots.matter.recognised",
                "grassroots.report.exported")) {
            assertTrue(audit.contains(action), action + " in\n" + audit);
        }
    }

    @Test
    @Order(6)
    void aCommentFromThePublicPageIsCollectedAndAClosedConsultationsExplanationPublished() {
        browser.open(karaf.baseUrl() + "dan-chu/lay-y-kien");
        // open for comment from today for 30 days
        browser.find("#gr-consultation-new").click();
        browser.find("#gr-consultation-dialog");
        browser.typeInto("#gr-consultation-title input", OPEN_CONSULTATION);
        browser.typeInto("#gr-consultation-draft textarea", "Mở rộng khu dân cư phía đông thôn Đông.");
        browser.find("#gr-consultation-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#gr-consultation-dialog").isEmpty());
        // one whose period ended yesterday
        browser.find("#gr-consultation-new").click();
        browser.find("#gr-consultation-dialog");
        browser.typeInto("#gr-consultation-title input", CLOSED_CONSULTATION);
        browser.typeInto("#gr-consultation-draft textarea", "Sửa đổi hương ước thôn Đoài.");
        setDate("#gr-consultation-opens-on", today().minusDays(30));
        setDate("#gr-consultation-closes-on", today().minusDays(1));
        browser.find("#gr-consultation-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#gr-consultation-dialog").isEmpty());
        browser.waitUntil(UI, d -> !browser.findAll("[id^='gr-consultation-explain-']").isEmpty());
        browser.find("[id^='gr-consultation-explain-']").click();
        browser.typeInto("#gr-explain-text textarea", "Tiếp thu ý kiến giữ lại giờ sinh hoạt chung của thôn.");
        browser.find("#gr-explain-publish").click();
        browser.waitUntil(UI, d -> gridText("#gr-consultation-list").contains("Tiếp thu ý kiến giữ lại"));

        browser.usePhoneSize();
        browser.open(karaf.baseUrl() + "cong-khai?xa=24003");
        browser.waitUntil(UI, d -> !browser.findAll("#gr-public-consultations").isEmpty());
        String consultations = browser.find("#gr-public-consultations").getText();
        assertTrue(consultations.contains(OPEN_CONSULTATION) && consultations.contains(CLOSED_CONSULTATION)
                && consultations.contains("Tiếp thu ý kiến giữ lại"), consultations);
        browser.typeInto("[id^='gr-public-comment-text-'] textarea", "Đề nghị làm rãnh thoát nước hai bên đường.");
        browser.typeInto("[id^='gr-public-comment-contact-'] input", "0912 345 678");
        browser.find("[id^='gr-public-comment-send-']").click();
        browser.waitUntil(UI, d -> browser.find("[id^='gr-public-comment-answer-']").getText().contains("Cảm ơn"));
        browser.screenshot("grassroots-public-comment-phone");
        browser.open(karaf.baseUrl() + "cong-khai?xa=24003");
        browser.find("#gr-public-consultations");
        assertTrue(!browser.pageText().contains("0912 345 678") && !browser.pageText().contains("rãnh thoát nước"),
                "comments and contacts are not shown to the public");
        browser.useDesktopSize();

        browser.open(karaf.baseUrl() + "dan-chu/lay-y-kien");
        browser.waitUntil(UI, d -> gridText("#gr-consultation-list").contains(OPEN_CONSULTATION));
        browser.find("[id^='gr-consultation-comments-']").click();
        browser.find("#gr-comments-dialog");
        browser.waitUntil(UI, d -> gridText("#gr-comments-list").contains("rãnh thoát nước"));
        String comments = gridText("#gr-comments-list");
        assertTrue(comments.contains("Trên trang công khai") && comments.contains("0912 345 678"), comments);
        String audit = karaf.shell("danvan:audit-list --action grassroots.co --limit 20");
        for (String action : List.of("grassroots.consultation.created", "grassroots.comment.added",
                "grassroots.consultation.explained")) {
            assertTrue(audit.contains(action), action + " in\n" + audit);
        }
        assertTrue(!audit.contains("0912 345 678"), "the citizen's contact is not in the audit trail");
    }

    @Test
    @Order(7)
    void aBoardsRecommendationIsAnsweredByTheCommune() {
        browser.open(karaf.baseUrl() + "dan-chu/thanh-tra-nhan-dan");
        browser.find("#gr-board-new").click();
        browser.find("#gr-board-dialog");
        browser.typeInto("#gr-board-name input", "Ban Thanh tra nhân dân xã Tiên Du");
        setDate("#gr-board-term-from", LocalDate.of(2025, 8, 1));
        setDate("#gr-board-term-to", LocalDate.of(2030, 7, 31));
        browser.typeInto("#gr-board-members textarea", "Nguyễn Văn Hải – Thôn Đông\nTrần Thị Lan – Thôn Đông\n"
                + "Lê Văn Minh – Thôn Đoài\nPhạm Thị Nga – Thôn Đoài\nĐỗ Văn Quang – Thôn Lũng Giang");
        browser.find("#gr-board-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#gr-board-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#gr-board-list").contains("Ban Thanh tra nhân dân xã Tiên Du"));

        browser.find("[id^='gr-board-recommendations-']").click();
        browser.find("#gr-recommendations-dialog");
        browser.typeInto("#gr-recommendation-content textarea", "Đề nghị công khai quyết toán nhà văn hóa thôn Đông.");
        browser.find("#gr-recommendation-add").click();
        browser.waitUntil(UI, d -> !browser.findAll("[id^='gr-recommendation-answer-']").isEmpty());
        browser.find("[id^='gr-recommendation-answer-']").click();
        browser.find("#gr-answer-dialog");
        browser.typeInto("#gr-answer-text textarea", "Đã niêm yết quyết toán tại nhà văn hóa thôn.");
        browser.find("#gr-answer-save").click();
        browser.waitUntil(UI, d -> gridText("#gr-recommendation-list").contains("Đã niêm yết quyết toán"));
        browser.screenshot("grassroots-board-recommendation");
        String audit = karaf.shell("danvan:audit-list --action grassroots.re --limit 20");
        assertTrue(audit.contains("grassroots.recommendation.sent")
                && audit.contains("grassroots.recommendation.answered"), audit);
    }

    @Test
    @Order(8)
    void aProjectsSupervisionBoardRecordsARoundARecommendationAnsweredAndIsDissolved() {
        browser.open(karaf.baseUrl() + "dan-chu/thanh-tra-nhan-dan");
        browser.find("#gr-board-new").click();
        browser.find("#gr-board-dialog");
        choose("#gr-board-kind", "Ban Giám sát đầu tư của cộng đồng");
        browser.waitUntil(UI, d -> browser.find("#gr-board-project").isDisplayed());
        browser.typeInto("#gr-board-name input", "Ban Giám sát đầu tư đường trục thôn Đông");
        browser.typeInto("#gr-board-project input", "Bê tông hóa đường trục thôn Đông");
        setDate("#gr-board-term-from", today().minusMonths(6));
        setDate("#gr-board-term-to", today().plusMonths(6));
        // four members: refused at the members field under the rule's least number (5, [verify])
        browser.typeInto("#gr-board-members textarea", "Hoàng Văn Bảo – Thôn Đông\nNguyễn Thị Cúc – Thôn Đông\n"
                + "Trịnh Văn Dũng – Thôn Đông\nLý Thị Hoa – Thôn Đông");
        browser.find("#gr-board-save").click();
        browser.waitUntil(UI, d -> browser.pageText().contains("ít nhất 5 thành viên"));
        browser.typeInto("#gr-board-members textarea", "Hoàng Văn Bảo – Thôn Đông\nNguyễn Thị Cúc – Thôn Đông\n"
                + "Trịnh Văn Dũng – Thôn Đông\nLý Thị Hoa – Thôn Đông\nVũ Văn Khánh – Thôn Đông");
        browser.find("#gr-board-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#gr-board-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#gr-board-list").contains("Bê tông hóa đường trục thôn Đông"));
        String id = browser.find("[id^='gr-board-dissolve-']:not([hidden])").getAttribute("id")
                .substring("gr-board-dissolve-".length());

        browser.find("#gr-board-rounds-" + id).click();
        browser.find("#gr-rounds-dialog");
        browser.typeInto("#gr-round-subject input", "Khối lượng và chiều dày lớp bê tông");
        setDate("#gr-round-started-on", today().minusDays(3));
        browser.typeInto("#gr-round-findings textarea", "Lớp bê tông đoạn km 0+300 mỏng hơn thiết kế 2 cm.");
        browser.find("#gr-round-add").click();
        browser.waitUntil(UI, d -> gridText("#gr-round-list").contains("mỏng hơn thiết kế 2 cm"));
        browser.open(karaf.baseUrl() + "dan-chu/thanh-tra-nhan-dan");

        browser.find("#gr-board-recommendations-" + id).click();
        browser.find("#gr-recommendations-dialog");
        browser.typeInto("#gr-recommendation-content textarea", "Đề nghị nghiệm thu lại đoạn km 0+300.");
        browser.find("#gr-recommendation-add").click();
        browser.waitUntil(UI, d -> !browser.findAll("[id^='gr-recommendation-answer-']")
                .isEmpty());
        browser.find("[id^='gr-recommendation-answer-']").click();
        browser.find("#gr-answer-dialog");
        browser.typeInto("#gr-answer-text textarea", "Nhà thầu đã làm lại đoạn km 0+300, nghiệm thu lại đạt.");
        browser.find("#gr-answer-save").click();
        browser.waitUntil(UI, d -> gridText("#gr-recommendation-list").contains("nghiệm thu lại đạt"));
        browser.screenshot("grassroots-investment-board-recommendation");

        browser.open(karaf.baseUrl() + "dan-chu/thanh-tra-nhan-dan");
        browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'});",
                browser.find("#gr-board-dissolve-" + id));
        browser.find("#gr-board-dissolve-" + id).click();
        browser.find("#gr-dissolve-dialog");
        browser.find("#gr-dissolve-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#gr-dissolve-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#gr-board-list").contains("giải thể ngày"));
        String audit = karaf.shell("danvan:audit-list --action grassroots. --limit 50");
        assertTrue(audit.contains("grassroots.round.recorded") && audit.contains("grassroots.board.dissolved"), audit);
    }

    @Test
    @Order(9)
    void anAgencysConferenceIsRecordedAndAStaffAspirationKeptAnonymous() {
        browser.open(karaf.baseUrl() + "dan-chu/hoi-nghi-co-quan");
        browser.find("#gr-conference-new").click();
        browser.find("#gr-conference-dialog");
        browser.typeInto("#gr-conference-staff input", "42");
        browser.typeInto("#gr-conference-attended input", "39");
        browser.typeInto("#gr-conference-resolutions textarea", "Thông qua quy chế chi tiêu nội bộ và quy chế dân chủ.");
        browser.find("#gr-conference-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#gr-conference-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#gr-conference-list").contains("39/42"));

        browser.find("[id^='gr-conference-aspirations-']").click();
        browser.find("#gr-aspirations-dialog");
        browser.typeInto("#gr-aspiration-content textarea", "Đề nghị công khai kết quả bình xét thi đua cuối năm.");
        browser.typeInto("#gr-aspiration-author input", "Trần Thị Ẩn Danh");
        browser.script("document.querySelector('#gr-aspiration-anonymous').click();");
        browser.waitForVaadin();
        choose("#gr-aspiration-recipient", "Cấp ủy");
        browser.find("#gr-aspiration-add").click();
        browser.waitUntil(UI, d -> gridText("#gr-aspiration-list").contains("bình xét thi đua"));
        assertTrue(gridText("#gr-aspiration-list").contains("Ẩn danh"), gridText("#gr-aspiration-list"));
        assertTrue(!browser.pageText().contains("Trần Thị Ẩn Danh"), "the name typed is nowhere on the page");

        browser.find("[id^='gr-aspiration-answer-']").click();
        browser.find("#gr-aspiration-answer-dialog");
        browser.typeInto("#gr-aspiration-answer-text textarea", "Đảng ủy chỉ đạo niêm yết kết quả bình xét.");
        browser.find("#gr-aspiration-answer-save").click();
        browser.waitUntil(UI, d -> gridText("#gr-aspiration-list").contains("niêm yết kết quả bình xét"));
        browser.screenshot("grassroots-staff-aspiration");
        String audit = karaf.shell("danvan:audit-list --action grassroots. --limit 50");
        assertTrue(audit.contains("grassroots.conference.recorded") && audit.contains("grassroots.aspiration.forwarded")
                && audit.contains("grassroots.aspiration.answered"), audit);
        assertTrue(!audit.contains("Trần Thị Ẩn Danh"), audit);
    }

    @Test
    @Order(10)
    void theYearlyDialogueConferenceIsRecorded() {
        browser.open(karaf.baseUrl() + "dan-chu/hoi-nghi-nhan-dan");
        browser.find("#gr-meeting-new").click();
        browser.find("#gr-meeting-dialog");
        choose("#gr-meeting-kind", "Hội nghị đối thoại với Nhân dân");
        browser.typeInto("#gr-meeting-attendees input", "85");
        browser.typeInto("#gr-meeting-issues textarea", "Người dân hỏi về tiến độ bồi thường đường trục thôn Đông.");
        browser.typeInto("#gr-meeting-commitments textarea", "UBND xã cam kết chi trả trước ngày 31/12.");
        browser.find("#gr-meeting-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#gr-meeting-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#gr-meeting-list").contains("tiến độ bồi thường"));
        String audit = karaf.shell("danvan:audit-list --action grassroots.meeting --limit 5");
        assertTrue(audit.contains("grassroots.meeting.recorded"), audit);
    }

    @Test
    @Order(11)
    void theCommuneDashboardShowsTheFiguresOfWhatWasRecorded() {
        browser.open(karaf.baseUrl() + "dan-chu/tong-quan");
        browser.find("#gr-dashboard-figures");
        // from before the closed consultation's period ended, whatever the day of the quarter
        setDate("#gr-dashboard-from", today().minusDays(60));
        browser.find("#gr-dashboard-show").click();
        browser.waitForVaadin();
        // the figures are rebuilt on every "show": read them by id each time, never through a kept element
        List<String> keys = List.of("disclosures", "disclosures-on-time", "disclosures-late", "matters-decided",
                "matters-passed", "records-sent", "records-on-time", "recognised", "consultations-closed",
                "consultations-explained", "recommendations", "recommendations-answered");
        browser.waitUntil(UI, d -> "1".equals(dashboardFigures(List.of("recognised")).get(0)));
        assertEquals(List.of("1", "1", "0", "1", "1", "1", "1", "1", "1", "1", "2", "2"), dashboardFigures(keys));
        assertTrue(browser.find("#gr-dashboard").getText().contains("Được UBND xã công nhận"),
                browser.find("#gr-dashboard").getText());
        browser.screenshot("grassroots-dashboard");
    }

    @Test
    @Order(12)
    void theLogHasNoErrors() {
        assertEquals(List.of(), karaf.logErrors());
    }

    private List<String> dashboardFigures(List<String> keys) {
        return keys.stream().map(key -> String.valueOf(browser.script("var e = document.getElementById(arguments[0]);"
                + " return e == null ? null : e.innerText;", "gr-dashboard-" + key))).toList();
    }

    private void choose(String select, String label) {
        browser.find(select).click();
        browser.waitUntil(UI, d -> browser.findAll("vaadin-select-item").stream()
                .filter(item -> item.isDisplayed() && label.equals(item.getText())).findFirst().orElse(null))
                .click();
        browser.waitForVaadin();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
