package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The officials' conduct module (issue 14) as a commune lives it: the wanted-modules file installs it for Xã Tiên Du
 * only; a citizen's report about an official's harassment arrives as a case; the commune chair plans an inspection of
 * the one-stop office linking that case, records the round held with a finding about the official and concludes it,
 * records a disciplinary decision (a warning) and, later, the remedy; the yearly report is exported as Excel and PDF;
 * the module is uninstalled and installed again, and its data is still there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConductModuleIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(30);
    private static final String CHAIR = "chutich.tiendu";
    private static final String PLACE = "Bộ phận một cửa UBND xã Tiên Du";
    private static final String OFFICIAL = "Lê Văn Cường";

    private static String caseNumber;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Override
    protected void configure(KarafDistribution copy) {
        copy.setProperty("etc/org.danvan.platform.modules.cfg", "install", "conduct");
        // Xã Tiên Du of the demo province only
        copy.setProperty("etc/org.danvan.platform.modules.cfg", "conduct.units", "24003");
    }

    @Test
    @Order(1)
    void theWantedModulesFileInstallsTheModuleForOneCommune() {
        karaf.awaitLog("Module conduct: enabling for 24003", UI);
        String list = karaf.shell("danvan:module-list");
        assertTrue(list.lines().anyMatch(l -> l.startsWith("conduct") && l.contains("installed")
                && l.contains("24003")), list);
        String rules = karaf.shell("danvan:rules");
        assertTrue(rules.contains("conduct.sanction.remedy") && rules.contains("112/2020"), rules);
        String created = karaf.shell("danvan:case-create --unit 24003 --kind reflection --name \"Nguyễn Văn Dân\""
                + " --address \"Thôn Đông, xã Tiên Du\" \"Công chức tư pháp hách dịch, bắt đi lại nhiều lần\"");
        Matcher number = Pattern.compile("Created case (\\d{4}/\\d+)").matcher(created);
        assertTrue(number.find(), created);
        caseNumber = number.group(1);
    }

    @Test
    @Order(2)
    void theChairPlansHoldsAndConcludesAnInspection() {
        browser.useDesktopSize();
        browser.open(karaf.baseUrl() + "tac-phong/kiem-tra");
        browser.signIn(CHAIR, "danvan");
        browser.find("#cd-inspection-plan").click();
        browser.find("#cd-inspection-dialog");
        // without a place the dialog refuses and stays open
        browser.find("#cd-inspection-save").click();
        browser.waitUntil(UI, d -> browser.find("#cd-inspection-place").getAttribute("invalid") != null);
        browser.typeInto("#cd-inspection-place input", PLACE);
        browser.typeInto("#cd-inspection-team textarea", "Nguyễn Văn An, Phó Chủ tịch UBND xã; Trần Thị Bình");
        browser.typeInto("#cd-inspection-topics textarea", "Thái độ tiếp dân; niêm yết thủ tục và phí");
        browser.typeInto("#cd-inspection-cases input", caseNumber + ", 2026/999999");
        browser.find("#cd-inspection-save").click();
        // a number the case engine does not know is refused at the field, naming it
        browser.waitUntil(UI, d -> String.valueOf(browser.find("#cd-inspection-cases").getAttribute("errorMessage"))
                .contains("2026/999999"));
        browser.typeInto("#cd-inspection-cases input", caseNumber);
        browser.find("#cd-inspection-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#cd-inspection-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#cd-inspection-list").contains(PLACE));
        assertTrue(gridText("#cd-inspection-list").contains(caseNumber)
                && gridText("#cd-inspection-list").contains("Đã lập kế hoạch"), gridText("#cd-inspection-list"));

        browser.find("[id^='cd-hold-']").click();
        browser.find("#cd-hold-dialog");
        browser.find("#cd-hold-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#cd-hold-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#cd-inspection-list").contains("Đã tiến hành"));

        browser.find("[id^='cd-finding-add-']").click();
        browser.find("#cd-finding-dialog");
        browser.typeInto("#cd-finding-name input", OFFICIAL);
        browser.typeInto("#cd-finding-position input", "Công chức tư pháp - hộ tịch");
        browser.typeInto("#cd-finding-seen textarea", "Trả lời người dân thiếu tôn trọng, hẹn đi hẹn lại");
        pick("cd-finding-severity", "Vi phạm nghiêm trọng");
        browser.find("#cd-finding-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#cd-finding-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#cd-inspection-list").contains("1 phát hiện"));

        browser.find("[id^='cd-conclude-']").click();
        browser.find("#cd-conclude-dialog");
        browser.typeInto("#cd-conclude-text textarea", "Đề nghị xem xét kỷ luật công chức vi phạm");
        browser.find("#cd-conclude-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#cd-conclude-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#cd-inspection-list").contains("Đã kết luận"));
        browser.screenshot("conduct-inspection-concluded");
    }

    @Test
    @Order(3)
    void theChairRecordsASanctionAndItsRemedy() {
        browser.open(karaf.baseUrl() + "tac-phong/ky-luat");
        browser.waitUntil(UI, d -> !browser.findAll("#cd-sanction-add").isEmpty());
        browser.find("#cd-sanction-add").click();
        browser.find("#cd-sanction-dialog");
        browser.typeInto("#cd-sanction-name input", OFFICIAL);
        browser.typeInto("#cd-sanction-position input", "Công chức tư pháp - hộ tịch");
        pick("cd-sanction-form", "Cảnh cáo");
        browser.waitUntil(UI, d -> browser.find("#cd-sanction-citation").getText().contains("112/2020"));
        browser.typeInto("#cd-sanction-violation textarea", "Hách dịch, gây khó khăn cho người dân");
        browser.typeInto("#cd-sanction-number input", "12/QĐ-UBND");
        browser.typeInto("#cd-sanction-authority input", "Chủ tịch UBND xã Tiên Du");
        browser.typeInto("#cd-sanction-cases input", caseNumber);
        // without the day of the violation the decision is refused at that field
        browser.find("#cd-sanction-save").click();
        browser.waitUntil(UI, d -> "true".equals(String.valueOf(browser.script(
                "return document.querySelector('#cd-sanction-violation-day').invalid;"))));
        setDate("#cd-sanction-violation-day", today().minusDays(10));
        browser.find("#cd-sanction-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#cd-sanction-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#cd-sanction-list").contains(OFFICIAL));
        String row = gridText("#cd-sanction-list");
        assertTrue(row.contains("Cảnh cáo") && row.contains("12/QĐ-UBND") && row.contains("Chưa khắc phục")
                && row.contains(caseNumber), row);

        // the chair's home page reminds of the remedy due
        browser.open(karaf.baseUrl());
        browser.waitUntil(UI, d -> !browser.findAll("#home-card-conduct-remedy").isEmpty());
        assertTrue(browser.find("#home-card-conduct-remedy").getText().contains(OFFICIAL),
                browser.find("#home-card-conduct-remedy").getText());

        browser.open(karaf.baseUrl() + "tac-phong/ky-luat");
        browser.waitUntil(UI, d -> !browser.findAll("[id^='cd-remedy-']").isEmpty());
        browser.find("[id^='cd-remedy-']").click();
        browser.find("#cd-remedy-dialog");
        browser.typeInto("#cd-remedy-text textarea", "Công chức đã kiểm điểm, xin lỗi người dân");
        browser.find("#cd-remedy-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#cd-remedy-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#cd-sanction-list").contains("Đã khắc phục"));
        browser.screenshot("conduct-sanction-remedied");
    }

    @Test
    @Order(4)
    void theYearlyReportIsExportedAsExcelAndPdf() throws Exception {
        browser.open(karaf.baseUrl() + "tac-phong/bao-cao");
        browser.waitUntil(UI, d -> browser.find("#cd-report-summary").getText().contains("Đã kiểm tra 1/1 cuộc"));
        String summary = browser.find("#cd-report-summary").getText();
        assertTrue(summary.contains("1 phát hiện") && summary.contains("1 quyết định kỷ luật")
                && summary.contains("1 đã khắc phục") && summary.contains("1 hồ sơ phản ánh liên quan"), summary);
        byte[] xlsx = downloadLink("#cd-report-xlsx");
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row r : sheet) {
                for (Cell cell : r) {
                    cells.append(cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                            : cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue())
                                    : "").append('\n');
                }
            }
        }
        String text = cells.toString();
        // the warning counted with its legal source, and the decision by name
        assertTrue(text.contains("Cảnh cáo\n1.0\n") && text.contains("112/2020") && text.contains(OFFICIAL)
                && text.contains("12/QĐ-UBND") && text.contains(caseNumber), text);
        byte[] pdf = downloadLink("#cd-report-pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        System.out.printf("DanVan: conduct report for Xã Tiên Du: xlsx %d bytes, pdf %d bytes%n", xlsx.length,
                pdf.length);
        String audit = karaf.shell("danvan:audit-list --action conduct --limit 40");
        for (String action : List.of("conduct.inspection.planned", "conduct.inspection.held",
                "conduct.finding.recorded", "conduct.inspection.concluded", "conduct.sanction.decided",
                "conduct.sanction.remedied", "conduct.report.exported")) {
            assertTrue(audit.contains(action), action + " in\n" + audit);
        }
    }

    @Test
    @Order(5)
    void uninstalledAndInstalledAgainTheDataIsIntact() {
        String output = karaf.shell("danvan:module-uninstall conduct");
        assertTrue(output.contains("is uninstalled"), output);
        browser.open(karaf.baseUrl());
        browser.waitUntil(UI, d -> browser.findAll("[id='menu-tac-phong/kiem-tra']").isEmpty());
        output = karaf.shell("danvan:module-install conduct");
        assertTrue(output.contains("is installed"), output);
        browser.waitUntil(UI, d -> !browser.findAll("[id='menu-tac-phong/kiem-tra']").isEmpty());
        browser.open(karaf.baseUrl() + "tac-phong/kiem-tra");
        browser.waitUntil(UI, d -> gridText("#cd-inspection-list").contains(PLACE));
        assertTrue(gridText("#cd-inspection-list").contains("Đã kết luận"), gridText("#cd-inspection-list"));
        browser.open(karaf.baseUrl() + "tac-phong/ky-luat");
        browser.waitUntil(UI, d -> gridText("#cd-sanction-list").contains(OFFICIAL));
        assertTrue(gridText("#cd-sanction-list").contains("Đã khắc phục"), gridText("#cd-sanction-list"));
    }

    @Test
    @Order(6)
    void theLogHasNoErrors() {
        assertEquals(List.of(), karaf.logErrors());
    }
}
