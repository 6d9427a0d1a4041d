package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

/**
 * The Ho Chi Minh study module (issue 13) as a commune lives it: the wanted-modules file installs it for Xã Tiên Du
 * only; the commune chair sets the year's theme, the member list, plans a session and takes attendance (one absence
 * with its reason); a member registers their commitment from the home card's reminder and writes the year-end
 * self-review; the chair classifies it, seeing the case engine's figures of the member's own cases beside it, and
 * recognises an exemplary person by decision; the report is exported as Excel and PDF, for the year and for a period
 * chosen by its days; the Party committee overseer (the province's administrator) sees the commune's figures and drills
 * down into its sessions, commitments and models, read-only; the module is uninstalled and installed again, and its
 * data is still there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HcmStudyModuleIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(30);
    private static final String CHAIR = "chutich.tiendu";
    /** Lê Văn Cường, case handler of Xã Tiên Du: a member of the commune's list with an account. */
    private static final String MEMBER = "xuly";
    private static final String THEME = "Học tập và làm theo Bác về tinh thần phục vụ Nhân dân";
    private static final String MODEL = "Nguyễn Thị Hoa";

    @Override
    protected void configure(KarafDistribution copy) {
        copy.setProperty("etc/org.danvan.platform.modules.cfg", "install", "hcmstudy");
        // Xã Tiên Du of the demo province only
        copy.setProperty("etc/org.danvan.platform.modules.cfg", "hcmstudy.units", "24003");
        // the moments of the self-reviews are [verify] rows a Party committee sets: open from 1 January here, so the
        // test runs the whole cycle whatever the day it runs
        copy.setProperty("etc/org.danvan.rules.cfg", "hcmstudy.review.midyear.limit", "0");
        copy.setProperty("etc/org.danvan.rules.cfg", "hcmstudy.review.yearend.limit", "0");
    }

    @Test
    @Order(1)
    void theWantedModulesFileInstallsTheModuleForOneCommune() {
        karaf.awaitLog("Module hcmstudy: enabling for 24003", UI);
        String list = karaf.shell("danvan:module-list");
        assertTrue(list.lines().anyMatch(l -> l.startsWith("hcmstudy") && l.contains("installed")
                && l.contains("24003")), list);
        String rules = karaf.shell("danvan:rules");
        assertTrue(rules.contains("hcmstudy.review.midyear") && rules.contains("05-CT/TW"), rules);
    }

    @Test
    @Order(2)
    void theChairSetsTheProgrammeAndTakesAttendance() {
        browser.useDesktopSize();
        browser.open(karaf.baseUrl() + "hoc-tap-bac/chuong-trinh");
        browser.signIn(CHAIR, "danvan");
        browser.find("#hs-programme-edit").click();
        browser.find("#hs-programme-dialog");
        browser.typeInto("#hs-programme-theme-field input", THEME);
        browser.typeInto("#hs-programme-contents-field textarea", "Gần dân, trọng dân, hiểu dân, học dân, có trách"
                + " nhiệm với dân");
        browser.typeInto("#hs-programme-materials-field textarea", "Chỉ thị 05-CT/TW ngày 15/5/2016");
        browser.find("#hs-programme-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#hs-programme-dialog").isEmpty());
        browser.waitUntil(UI, d -> browser.find("#hs-programme-theme").getText().contains(THEME));

        addMember("Lê Văn Cường", MEMBER);
        addMember("Trần Thị Bình", "");
        browser.waitUntil(UI, d -> gridText("#hs-member-list").contains("Trần Thị Bình"));

        browser.find("#hs-session-plan").click();
        browser.find("#hs-session-dialog");
        browser.script("var p = document.querySelector('#hs-session-day'); p.value = arguments[0];"
                + " p.dispatchEvent(new CustomEvent('change', { bubbles: true }));", today());
        browser.typeInto("#hs-session-topic input", "Chuyên đề năm: phục vụ Nhân dân");
        browser.typeInto("#hs-session-presenter input", "Bí thư Đảng ủy xã");
        browser.find("#hs-session-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#hs-session-dialog").isEmpty());
        browser.waitUntil(UI, d -> !browser.findAll("[id^='hs-session-hold-']").isEmpty());

        browser.find("[id^='hs-session-hold-']").click();
        browser.find("#hs-hold-dialog");
        // Bình is absent: without a reason the dialog refuses, naming her
        List<?> boxes = browser.findAll("#hs-hold-lines vaadin-checkbox");
        assertEquals(2, boxes.size());
        browser.script("var boxes = Array.from(document.querySelectorAll('#hs-hold-lines vaadin-checkbox'));"
                + " boxes.filter(b => b.label.indexOf('Bình') >= 0)[0].click();");
        browser.waitForVaadin();
        browser.find("#hs-hold-save").click();
        browser.waitUntil(UI, d -> browser.find("#hs-hold-problems").getText().contains("Trần Thị Bình"));
        browser.typeInto("[id^='hs-hold-reason-']:not([disabled]) input", "Ốm");
        browser.find("#hs-hold-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#hs-hold-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#hs-session-list").contains("có mặt 1/2"));
        assertTrue(!browser.findAll("[id^='hs-session-makeup-']").isEmpty(), "a make-up session is offered");
        browser.screenshot("hcmstudy-session-held");
        logout();
    }

    @Test
    @Order(3)
    void theMemberIsRemindedRegistersAndReviews() {
        browser.open(karaf.baseUrl());
        browser.signIn(MEMBER, "danvan");
        browser.waitUntil(UI, d -> !browser.findAll("#home-card-hcmstudy-mine-register").isEmpty());
        assertTrue(browser.find("#home-card-hcmstudy-mine-register").getText().contains("Đăng ký làm theo Bác"),
                browser.find("#home-card-hcmstudy-mine-register").getText());
        browser.open(karaf.baseUrl() + "hoc-tap-bac/cua-toi");
        browser.find("#hs-mine-register").click();
        browser.find("#hs-register-dialog");
        browser.script("var boxes = Array.from(document.querySelectorAll('#hs-register-behaviours vaadin-checkbox'));"
                + " boxes.filter(b => b.label === 'Gần dân' || b.label === 'Trọng dân').forEach(b => b.click());");
        browser.waitForVaadin();
        browser.typeInto("#hs-register-text textarea", "Giải quyết hồ sơ của dân đúng hạn, không để quá hạn");
        browser.find("#hs-register-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#hs-register-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#hs-mine-history").contains("Gần dân; Trọng dân"));

        browser.find("[id^='hs-mine-review-YEAR_END-']").click();
        browser.find("#hs-review-dialog");
        browser.typeInto("#hs-review-text textarea", "Cả năm giải quyết 95 hồ sơ, không hồ sơ nào quá hạn");
        browser.find("#hs-review-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#hs-review-dialog").isEmpty());
        browser.screenshot("hcmstudy-my-commitment");
        logout();
    }

    @Test
    @Order(4)
    void theChairClassifiesAndRecognisesAModel() {
        browser.open(karaf.baseUrl() + "hoc-tap-bac/danh-gia");
        browser.signIn(CHAIR, "danvan");
        browser.waitUntil(UI, d -> !browser.findAll("[id^='hs-assess-do-']").isEmpty());
        browser.find("[id^='hs-assess-do-']").click();
        browser.find("#hs-assess-dialog");
        // the member has an account: the case engine's figures of his own cases come first, then the commune's
        String evidence = browser.find("#hs-assess-evidence").getText();
        assertTrue(evidence.contains("Lê Văn Cường: Tự mình giải quyết đúng hạn") && evidence.contains("đơn thư"),
                evidence);
        assertTrue(evidence.contains("Lê Văn Cường: Trực tiếp tiếp công dân")
                && evidence.contains("cuộc đối thoại với Nhân dân"), "reception's, his own and the commune's: "
                        + evidence);
        browser.find("#hs-assess-classification").click();
        browser.waitUntil(UI, d -> browser.findAll("vaadin-select-item").stream()
                .filter(item -> item.isDisplayed() && "Hoàn thành tốt nhiệm vụ".equals(item.getText())).findFirst()
                .orElse(null)).click();
        browser.waitForVaadin();
        browser.typeInto("#hs-assess-comment textarea", "Gần dân, giải quyết đúng hạn");
        browser.find("#hs-assess-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#hs-assess-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#hs-assess-list").contains("Hoàn thành tốt nhiệm vụ"));
        // Bình has no account and has not registered: she is on the list of those who owe it
        assertTrue(gridText("#hs-pending-list").contains("Trần Thị Bình"), gridText("#hs-pending-list"));

        browser.open(karaf.baseUrl() + "hoc-tap-bac/dien-hinh");
        browser.find("#hs-model-propose").click();
        browser.find("#hs-model-dialog");
        browser.typeInto("#hs-model-name input", MODEL);
        browser.typeInto("#hs-model-story textarea", "Mười năm vận động bà con thôn Đông hiến đất làm đường");
        browser.find("#hs-model-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#hs-model-dialog").isEmpty());
        browser.waitUntil(UI, d -> !browser.findAll("[id^='hs-model-recognise-']").isEmpty());
        browser.find("[id^='hs-model-recognise-']").click();
        browser.find("#hs-recognise-dialog");
        browser.typeInto("#hs-recognise-decision input", "15/QĐ-UBND");
        browser.find("#hs-recognise-save").click();
        browser.waitUntil(UI, d -> gridText("#hs-model-list").contains("Quyết định 15/QĐ-UBND"));
        browser.screenshot("hcmstudy-model-recognised");
    }

    @Test
    @Order(5)
    void theReportIsExportedAsExcelAndPdf() throws Exception {
        browser.open(karaf.baseUrl() + "hoc-tap-bac/bao-cao");
        browser.waitUntil(UI, d -> browser.find("#hs-report-summary").getText().contains("Đã học 1/1 buổi"));
        String summary = browser.find("#hs-report-summary").getText();
        assertTrue(summary.contains("tỷ lệ có mặt 50%") && summary.contains("1/2 người đăng ký")
                && summary.contains("1 được xếp loại") && summary.contains("1 điển hình"), summary);
        byte[] xlsx = downloadLink("#hs-report-xlsx");
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.append(cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                            : cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue())
                                    : "").append('\n');
                }
            }
        }
        assertTrue(cells.toString().contains("Xã Tiên Du") && cells.toString().contains("0.5"), cells.toString());
        byte[] pdf = downloadLink("#hs-report-pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        System.out.printf("DanVan: hcmstudy report for Xã Tiên Du: xlsx %d bytes, pdf %d bytes%n", xlsx.length,
                pdf.length);

        // a period instead of the year: its days decide; a wrong order is refused at the field
        java.time.LocalDate day = java.time.LocalDate.parse(today());
        setDate("#hs-report-from", day.minusYears(1));
        setDate("#hs-report-to", day.minusDays(1));
        browser.waitUntil(UI, d -> browser.find("#hs-report-summary").getText().contains("Đã học 0/0 buổi"));
        setDate("#hs-report-to", day.minusDays(400));
        browser.waitUntil(UI, d -> Boolean.TRUE.equals(browser.script(
                "return document.querySelector('#hs-report-to').invalid;")));
        assertEquals("Ngày cuối không được trước ngày đầu.", browser.script(
                "return document.querySelector('#hs-report-to').errorMessage;"));
        setDate("#hs-report-from", day);
        setDate("#hs-report-to", day);
        String dd = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day);
        browser.waitUntil(UI, d -> browser.find("#hs-report-summary").getText().contains("từ ngày " + dd
                + " đến ngày " + dd));
        String period = browser.find("#hs-report-summary").getText();
        assertTrue(period.contains("Đã học 1/1 buổi") && period.contains("tỷ lệ có mặt 50%")
                && period.contains("1 điển hình"), period);
        browser.waitUntil(UI, d -> String.valueOf(browser.script("return document.querySelector('#hs-report-xlsx')"
                + ".getAttribute('download')")).contains(today() + "-" + today()));
        byte[] periodXlsx = downloadLink("#hs-report-xlsx");
        StringBuilder periodCells = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(periodXlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    periodCells.append(cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                            : cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue())
                                    : "").append('\n');
                }
            }
        }
        assertTrue(periodCells.toString().contains("từ ngày " + dd + " đến ngày " + dd)
                && periodCells.toString().contains("Xã Tiên Du") && periodCells.toString().contains("0.5"),
                periodCells.toString());
        byte[] periodPdf = downloadLink("#hs-report-pdf");
        assertEquals("%PDF", new String(periodPdf, 0, 4, StandardCharsets.US_ASCII));
        browser.screenshot("hcmstudy-period-report");
        String audit = karaf.shell("danvan:audit-list --action hcmstudy --limit 40");
        for (String action : List.of("hcmstudy.programme.created", "hcmstudy.member.added",
                "hcmstudy.session.planned", "hcmstudy.session.held", "hcmstudy.commitment.registered",
                "hcmstudy.commitment.reviewed", "hcmstudy.commitment.assessed", "hcmstudy.exemplary.proposed",
                "hcmstudy.exemplary.recognised", "hcmstudy.report.exported")) {
            assertTrue(audit.contains(action), action + " in\n" + audit);
        }
    }

    @Test
    @Order(6)
    void thePartyCommitteeOverseerSeesTheUnitsAndDrillsDownReadOnly() {
        logout();
        browser.open(karaf.baseUrl() + "hoc-tap-bac/giam-sat");
        // the demo administrator holds the province's roles: the overseer of every commune below it
        browser.signIn("admin", "admin");
        browser.waitUntil(UI, d -> gridText("#hs-oversee-units").contains("Xã Tiên Du"));
        String units = gridText("#hs-oversee-units");
        assertTrue(units.contains("1/1") && units.contains("50%") && units.contains("1/2"), units);
        browser.script("Array.from(document.querySelectorAll('#hs-oversee-units vaadin-grid-cell-content'))"
                + ".find(c => c.innerText.indexOf('Xã Tiên Du') >= 0).click();");
        browser.waitUntil(UI, d -> browser.find("#hs-oversee-detail").isDisplayed());
        assertTrue(browser.find("#hs-oversee-detail-title").getText().contains("Xã Tiên Du"));
        browser.waitUntil(UI, d -> gridText("#hs-oversee-sessions").contains("có mặt 1/2"));
        assertTrue(gridText("#hs-oversee-sessions").contains("Chuyên đề năm: phục vụ Nhân dân"),
                gridText("#hs-oversee-sessions"));
        String people = gridText("#hs-oversee-commitments");
        assertTrue(people.contains("Lê Văn Cường") && people.contains("Hoàn thành tốt nhiệm vụ"), people);
        String models = gridText("#hs-oversee-models");
        assertTrue(models.contains(MODEL) && models.contains("Quyết định 15/QĐ-UBND"), models);
        assertEquals(0L, browser.script("return document.querySelectorAll('#hs-oversee-units vaadin-button,"
                + " #hs-oversee-detail vaadin-button').length;"), "read-only: no action on the overseer's screen");
        browser.screenshot("hcmstudy-overseer");
        // the commune chair again for the rest
        logout();
        browser.open(karaf.baseUrl());
        browser.signIn(CHAIR, "danvan");
        browser.find("#current-user");
    }

    @Test
    @Order(7)
    void uninstalledAndInstalledAgainTheDataIsIntact() {
        String output = karaf.shell("danvan:module-uninstall hcmstudy");
        assertTrue(output.contains("is uninstalled"), output);
        browser.open(karaf.baseUrl());
        browser.waitUntil(UI, d -> browser.findAll("[id='menu-hoc-tap-bac/chuong-trinh']").isEmpty());
        output = karaf.shell("danvan:module-install hcmstudy");
        assertTrue(output.contains("is installed"), output);
        browser.waitUntil(UI, d -> !browser.findAll("[id='menu-hoc-tap-bac/chuong-trinh']").isEmpty());
        browser.open(karaf.baseUrl() + "hoc-tap-bac/chuong-trinh");
        browser.waitUntil(UI, d -> browser.find("#hs-programme-theme").getText().contains(THEME));
        browser.waitUntil(UI, d -> gridText("#hs-session-list").contains("có mặt 1/2"));
        browser.open(karaf.baseUrl() + "hoc-tap-bac/danh-gia");
        browser.waitUntil(UI, d -> gridText("#hs-assess-list").contains("Hoàn thành tốt nhiệm vụ"));
        browser.open(karaf.baseUrl() + "hoc-tap-bac/dien-hinh");
        browser.waitUntil(UI, d -> gridText("#hs-model-list").contains(MODEL));
    }

    @Test
    @Order(8)
    void theLogHasNoErrors() {
        assertEquals(List.of(), karaf.logErrors());
    }

    private void addMember(String name, String login) {
        browser.find("#hs-member-add").click();
        browser.find("#hs-member-dialog");
        browser.typeInto("#hs-member-name input", name);
        if (!login.isEmpty()) {
            browser.typeInto("#hs-member-login input", login);
        }
        browser.find("#hs-member-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#hs-member-dialog").isEmpty());
    }

    private void logout() {
        browser.find("#logout").click();
        browser.find("vaadin-login-form");
    }

    private static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }
}
