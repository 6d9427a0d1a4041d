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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Front supervision module (issue 14) as a commune lives it: the wanted-modules file installs it for Xã Tiên Du
 * only; the Front committee of the commune (the demo administrator acting for it) plans a supervision programme of
 * the commune's People's Committee, sends the plan, holds the round and recommends; the commune chair sees the
 * recommendation on the home page and in the list of what the unit owes, and answers it; the Front closes it and the
 * six-monthly report is exported as Excel and PDF; the module is uninstalled and installed again, and its data is
 * still there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionModuleIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(30);
    private static final String ADMIN = "admin";
    private static final String CHAIR = "chutich.tiendu";
    private static final String TITLE = "Giám sát việc giải quyết đơn thư của công dân";
    private static final String RECOMMENDATION = "Giải quyết dứt điểm 3 đơn quá hạn của công dân thôn Đông";
    private static final String ANSWER = "Đã giải quyết cả 3 đơn, trả lời công dân bằng văn bản";
    /** The round 16 days from today: the plan sent today is on time. */
    private static final LocalDate ROUND = today().plusDays(16);

    @Override
    protected void configure(KarafDistribution copy) {
        copy.setProperty("etc/org.danvan.platform.modules.cfg", "install", "supervision");
        // Xã Tiên Du of the demo province only (its Front committee 24003-MTTQ is in its subtree)
        copy.setProperty("etc/org.danvan.platform.modules.cfg", "supervision.units", "24003");
    }

    @Test
    @Order(1)
    void theWantedModulesFileInstallsTheModuleForOneCommune() {
        karaf.awaitLog("Module supervision: enabling for 24003", UI);
        String list = karaf.shell("danvan:module-list");
        assertTrue(list.lines().anyMatch(l -> l.startsWith("supervision") && l.contains("installed")
                && l.contains("24003")), list);
        String rules = karaf.shell("danvan:rules");
        assertTrue(rules.contains("supervision.plan.notice") && rules.contains("403/2017"), rules);
    }

    @Test
    @Order(2)
    void theFrontPlansSendsHoldsAndRecommends() {
        browser.useDesktopSize();
        browser.open(karaf.baseUrl() + "giam-sat/chuong-trinh");
        browser.signIn(ADMIN, "admin");
        browser.typeInto("#sv-programmes-year input", Integer.toString(ROUND.getYear()));
        browser.waitForVaadin();
        browser.find("#sv-programme-new").click();
        browser.find("#sv-programme-dialog");
        pickUnit("sv-programme-unit", "24003-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tiên Du");
        browser.typeInto("#sv-programme-title input", TITLE);
        pickUnit("sv-programme-subject-unit", "24003", "Xã Tiên Du");
        browser.typeInto("#sv-programme-subject input", "Ủy ban nhân dân xã Tiên Du");
        browser.typeInto("#sv-programme-content textarea", "Tiếp công dân, giải quyết khiếu nại, kiến nghị");
        browser.typeInto("#sv-programme-team textarea", "Nguyễn Văn Hùng, Chủ tịch UBMTTQ xã");
        // a round in the past is refused at its field
        setDate("#sv-programme-round", today().minusDays(1));
        browser.find("#sv-programme-save").click();
        browser.waitUntil(UI, d -> "true".equals(String.valueOf(browser.script(
                "return document.querySelector('#sv-programme-round').invalid;"))));
        setDate("#sv-programme-round", ROUND);
        browser.find("#sv-programme-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#sv-programme-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#sv-programme-list").contains(TITLE));
        assertTrue(gridText("#sv-programme-list").contains("Gửi kế hoạch chậm nhất"),
                gridText("#sv-programme-list"));

        step("[id^='sv-programme-send-']", "#sv-day-dialog", "#sv-day-save");
        browser.waitUntil(UI, d -> gridText("#sv-programme-list").contains("Đã gửi kế hoạch"));
        browser.find("[id^='sv-programme-hold-']").click();
        browser.find("#sv-held-dialog");
        browser.typeInto("#sv-held-findings textarea", "Còn 3 đơn quá hạn giải quyết");
        browser.find("#sv-held-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#sv-held-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#sv-programme-list").contains("báo cáo chậm nhất"));

        browser.find("[id^='sv-programme-recommend-']").click();
        browser.find("#sv-rec-dialog");
        // the addressee is the unit supervised unless changed
        browser.typeInto("#sv-rec-content textarea", RECOMMENDATION);
        browser.find("#sv-rec-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#sv-rec-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#sv-recommendation-list").contains(RECOMMENDATION));
        assertTrue(gridText("#sv-recommendation-list").contains("Chưa trả lời"),
                gridText("#sv-recommendation-list"));

        step("[id^='sv-programme-report-']", "#sv-day-dialog", "#sv-day-save");
        browser.waitUntil(UI, d -> gridText("#sv-programme-list").contains("Đã báo cáo"));
        browser.screenshot("supervision-programme-reported");
        logout();
    }

    @Test
    @Order(3)
    void theCommuneSeesWhatItOwesAndAnswers() {
        browser.open(karaf.baseUrl());
        browser.signIn(CHAIR, "danvan");
        browser.waitUntil(UI, d -> !browser.findAll("#home-card-supervision-owed").isEmpty());
        assertTrue(browser.find("#home-card-supervision-owed").getText().contains("phải trả lời"),
                browser.find("#home-card-supervision-owed").getText());
        browser.open(karaf.baseUrl() + "giam-sat/kien-nghi");
        browser.waitUntil(UI, d -> gridText("#sv-owed-list").contains(RECOMMENDATION));
        browser.find("[id^='sv-rec-answer-']").click();
        browser.find("#sv-answer-dialog");
        browser.typeInto("#sv-answer-text textarea", ANSWER);
        browser.find("#sv-answer-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#sv-answer-dialog").isEmpty());
        // answered: no longer owed (the grid keeps the cells of rows it hides: ask for its size)
        browser.waitUntil(UI, d -> "0".equals(String.valueOf(browser.script(
                "return document.querySelector('#sv-owed-list').size;"))));
        browser.screenshot("supervision-answered");
        logout();
    }

    @Test
    @Order(4)
    void theFrontClosesTheAnsweredRecommendation() {
        browser.open(karaf.baseUrl() + "giam-sat/chuong-trinh");
        browser.signIn(ADMIN, "admin");
        browser.typeInto("#sv-programmes-year input", Integer.toString(ROUND.getYear()));
        browser.waitForVaadin();
        browser.waitUntil(UI, d -> !browser.findAll("[id^='sv-programme-open-']").isEmpty());
        browser.find("[id^='sv-programme-open-']").click();
        browser.waitUntil(UI, d -> gridText("#sv-recommendation-list").contains(ANSWER));
        assertTrue(gridText("#sv-recommendation-list").contains("Đã trả lời"),
                gridText("#sv-recommendation-list"));
        browser.find("[id^='sv-rec-close-']").click();
        browser.find("#sv-note-dialog");
        browser.typeInto("#sv-note-text textarea", "Kiến nghị đã được thực hiện đầy đủ");
        browser.find("#sv-note-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#sv-note-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#sv-recommendation-list").contains("Đã khép lại"));
    }

    @Test
    @Order(5)
    void theSixMonthlyReportIsExportedAsExcelAndPdf() throws Exception {
        browser.open(karaf.baseUrl() + "giam-sat/bao-cao");
        browser.waitUntil(UI, d -> browser.find("#sv-report-summary").getText().contains("kiến nghị"));
        String summary = browser.find("#sv-report-summary").getText();
        assertTrue(summary.contains("đã khép lại 1") && summary.contains("trả lời đúng hạn 1"), summary);
        if (ROUND.getMonthValue() <= 6 == today().getMonthValue() <= 6) {
            assertTrue(summary.startsWith("1 chương trình giám sát: đã giám sát 1, đã báo cáo 1"), summary);
        }
        byte[] xlsx = downloadLink("#sv-report-xlsx");
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells.append(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "")
                            .append('\n');
                }
            }
        }
        String text = cells.toString();
        assertTrue(text.contains("Xã Tiên Du") && text.contains(RECOMMENDATION) && text.contains(ANSWER)
                && text.contains("Đã khép lại"), text);
        byte[] pdf = downloadLink("#sv-report-pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        System.out.printf("DanVan: supervision report for Xã Tiên Du: xlsx %d bytes, pdf %d bytes%n", xlsx.length,
                pdf.length);
        String audit = karaf.shell("danvan:audit-list --action supervision --limit 40");
        for (String action : List.of("supervision.programme.created", "supervision.plan.sent",
                "supervision.round.held", "supervision.recommendation.issued", "supervision.programme.reported",
                "supervision.recommendation.answered", "supervision.recommendation.closed",
                "supervision.report.exported")) {
            assertTrue(audit.contains(action), action + " in\n" + audit);
        }
    }

    @Test
    @Order(6)
    void uninstalledAndInstalledAgainTheDataIsIntact() {
        String output = karaf.shell("danvan:module-uninstall supervision");
        assertTrue(output.contains("is uninstalled"), output);
        browser.open(karaf.baseUrl());
        browser.waitUntil(UI, d -> browser.findAll("[id='menu-giam-sat/chuong-trinh']").isEmpty());
        output = karaf.shell("danvan:module-install supervision");
        assertTrue(output.contains("is installed"), output);
        browser.waitUntil(UI, d -> !browser.findAll("[id='menu-giam-sat/chuong-trinh']").isEmpty());
        browser.open(karaf.baseUrl() + "giam-sat/chuong-trinh");
        browser.typeInto("#sv-programmes-year input", Integer.toString(ROUND.getYear()));
        browser.waitForVaadin();
        browser.waitUntil(UI, d -> gridText("#sv-programme-list").contains(TITLE));
        browser.find("[id^='sv-programme-open-']").click();
        browser.waitUntil(UI, d -> gridText("#sv-recommendation-list").contains("Đã khép lại"));
        // the module's other screens came back with it
        assertTrue(!browser.findAll("[id='menu-giam-sat/phan-bien']").isEmpty()
                && !browser.findAll("[id='menu-giam-sat/y-kien-nhan-dan']").isEmpty(), "criticism and opinions");
    }

    @Test
    @Order(7)
    void theLogHasNoErrors() {
        assertEquals(List.of(), karaf.logErrors());
    }

    /** Types a unit's code into a unit picker and waits until the picker shows the unit's path. */
    private void pickUnit(String picker, String code, String name) {
        browser.typeInto("#" + picker + "-code input", code);
        browser.waitForVaadin();
        browser.waitUntil(UI, d -> String.valueOf(browser.script(
                "return document.getElementById(arguments[0]).helperText;", picker)).endsWith(name));
    }

    /** Opens a one-day step's dialog (today by default) and saves it. */
    private void step(String button, String dialog, String save) {
        browser.find(button).click();
        browser.find(dialog);
        browser.find(save).click();
        browser.waitUntil(UI, d -> browser.findAll(dialog).isEmpty());
    }

    private void logout() {
        browser.find("#logout").click();
        browser.find("vaadin-login-form");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
