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

/**
 * The dissemination module (issue 14) as a commune lives it: the wanted-modules file installs it for Xã Tiên Du only;
 * the commune chair enters a plan to disseminate whose due date passed yesterday, so the home page shows it in red; a
 * session with its attendance is recorded (a number present above the members is refused at the field) and the
 * coverage shows; the report is exported as Excel and PDF; the module is uninstalled and installed again, and its data
 * is still there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisseminationModuleIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(30);
    private static final String CHAIR = "chutich.tiendu";
    private static final String NUMBER = "07-KH/ĐU";
    private static final String TITLE = "Kế hoạch tuyên truyền Luật Đất đai năm 2024";

    @Override
    protected void configure(KarafDistribution copy) {
        copy.setProperty("etc/org.danvan.platform.modules.cfg", "install", "dissemination");
        // Xã Tiên Du of the demo province only
        copy.setProperty("etc/org.danvan.platform.modules.cfg", "dissemination.units", "24003");
    }

    @Test
    @Order(1)
    void theWantedModulesFileInstallsTheModuleForOneCommune() {
        karaf.awaitLog("Module dissemination: enabling for 24003", UI);
        String list = karaf.shell("danvan:module-list");
        assertTrue(list.lines().anyMatch(l -> l.startsWith("dissemination") && l.contains("installed")
                && l.contains("24003")), list);
        String rules = karaf.shell("danvan:rules");
        assertTrue(rules.contains("dissemination.remind.before") && rules.contains("14/2012/QH13"), rules);
    }

    @Test
    @Order(2)
    void theChairEntersADocumentDueYesterday() {
        browser.useDesktopSize();
        browser.open(karaf.baseUrl() + "tuyen-truyen/van-ban");
        browser.signIn(CHAIR, "danvan");
        browser.find("#ds-document-add").click();
        browser.find("#ds-document-dialog");
        // without a number and a title the dialog refuses and stays open
        browser.find("#ds-document-save").click();
        browser.waitUntil(UI, d -> browser.find("#ds-document-number").getAttribute("invalid") != null);
        browser.typeInto("#ds-document-number input", NUMBER);
        setDate("#ds-document-issued", today().minusDays(5));
        browser.typeInto("#ds-document-issuer input", "Đảng ủy xã Tiên Du");
        browser.typeInto("#ds-document-title input", TITLE);
        browser.typeInto("#ds-document-summary textarea", "Những điểm mới của Luật Đất đai về bồi thường, hỗ trợ");
        setDate("#ds-document-due", today().minusDays(1));
        browser.find("#ds-document-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#ds-document-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#ds-document-list").contains(TITLE));
        assertTrue(gridText("#ds-document-list").contains("quá hạn, chưa tổ chức"), gridText("#ds-document-list"));

        // the chair's home page says the commune must still disseminate it, in red
        browser.open(karaf.baseUrl());
        browser.waitUntil(UI, d -> !browser.findAll("#home-card-dissemination-pending").isEmpty());
        assertTrue(browser.find("#home-card-dissemination-pending").getText().contains(NUMBER),
                browser.find("#home-card-dissemination-pending").getText());
        assertEquals("DANGER", browser.find("#home-card-dissemination-pending").getAttribute("data-severity"));
        browser.screenshot("dissemination-home");
    }

    @Test
    @Order(3)
    void aSessionWithItsAttendanceGivesTheCoverage() {
        browser.open(karaf.baseUrl() + "tuyen-truyen/van-ban");
        browser.waitUntil(UI, d -> !browser.findAll("[id^='ds-session-add-']").isEmpty());
        browser.find("[id^='ds-session-add-']").click();
        browser.find("#ds-session-dialog");
        browser.typeInto("#ds-session-presenter input", "Bí thư Đảng ủy xã");
        browser.typeInto("#ds-session-present input", "200");
        browser.typeInto("#ds-session-members input", "150");
        browser.find("#ds-session-save").click();
        // more present than members: refused at the field
        browser.waitUntil(UI, d -> browser.find("#ds-session-present").getAttribute("invalid") != null);
        browser.typeInto("#ds-session-present input", "120");
        browser.find("#ds-session-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#ds-session-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#ds-document-list").contains("120/150"));
        assertTrue(gridText("#ds-document-list").contains("80%"), gridText("#ds-document-list"));
        browser.screenshot("dissemination-coverage");

        browser.open(karaf.baseUrl());
        browser.waitUntil(UI, d -> !browser.findAll("#home-cards, #home-cards-none").isEmpty());
        assertTrue(browser.findAll("#home-card-dissemination-pending").isEmpty());
    }

    @Test
    @Order(4)
    void theReportIsExportedAsExcelAndPdf() throws Exception {
        browser.open(karaf.baseUrl() + "tuyen-truyen/bao-cao");
        browser.waitUntil(UI, d -> browser.find("#ds-report-summary").getText().contains("1 văn bản"));
        String summary = browser.find("#ds-report-summary").getText();
        assertTrue(summary.contains("0 lượt chưa tổ chức"), summary);
        // held after the due date: done, but late
        assertTrue(gridText("#ds-report-lines").contains("Trễ hạn"), gridText("#ds-report-lines"));
        byte[] xlsx = downloadLink("#ds-report-xlsx");
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
        String text = cells.toString();
        assertTrue(text.contains(NUMBER) && text.contains("Xã Tiên Du") && text.contains("120.0")
                && text.contains("150.0") && text.contains("0.8") && text.contains("Trễ hạn"), text);
        byte[] pdf = downloadLink("#ds-report-pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        System.out.printf("DanVan: dissemination report for Xã Tiên Du: xlsx %d bytes, pdf %d bytes%n",
                xlsx.length, pdf.length);
        String audit = karaf.shell("danvan:audit-list --action dissemination --limit 40");
        for (String action : List.of("dissemination.document.created", "dissemination.session.recorded",
                "dissemination.report.exported")) {
            assertTrue(audit.contains(action), action + " in\n" + audit);
        }
    }

    @Test
    @Order(5)
    void uninstalledAndInstalledAgainTheDataIsIntact() {
        String output = karaf.shell("danvan:module-uninstall dissemination");
        assertTrue(output.contains("is uninstalled"), output);
        browser.open(karaf.baseUrl());
        browser.waitUntil(UI, d -> browser.findAll("[id='menu-tuyen-truyen/van-ban']").isEmpty());
        output = karaf.shell("danvan:module-install dissemination");
        assertTrue(output.contains("is installed"), output);
        browser.waitUntil(UI, d -> !browser.findAll("[id='menu-tuyen-truyen/van-ban']").isEmpty());
        browser.open(karaf.baseUrl() + "tuyen-truyen/van-ban");
        browser.waitUntil(UI, d -> gridText("#ds-document-list").contains(TITLE));
        assertTrue(gridText("#ds-document-list").contains("120/150"), gridText("#ds-document-list"));
    }

    @Test
    @Order(6)
    void theLogHasNoErrors() {
        assertEquals(List.of(), karaf.logErrors());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
