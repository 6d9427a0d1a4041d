package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The emulation and awards module (issue 12) as a commune lives it: installed at run time from the console and
 * enabled for Xã Tiên Du only; a "Dân vận khéo" model registered, scored by the council and recognised by a
 * decision; the commune registers for emulation, and at the year-end evaluation the case engine's figures stand next
 * to the petitions criterion; an award is proposed, carried by the council, decided with its reward (0.8 × the base
 * salary in force), its certificate printed as a PDF with the national heading, the authority, the decision and the
 * signature block (read back with PDFBox), then announced on a day; the year-end classification computed from the
 * points is shown; the year's report is exported as Excel and PDF, and narrowed by level, unit and domain; the console
 * says plainly that a module enabled everywhere has no unit to add; uninstalled and installed again, the module shows
 * the same records. With the Ho Chi Minh study module installed for the same commune,
 * the collective it recognises as exemplary stands next to the movements criterion (evidence, no dependency).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmulationModuleIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(30);
    private static final String CHAIR = "chutich.tiendu";
    private static final String MODEL = "Dân vận khéo – Con đường hoa thôn Đông";
    private static final String DECISION = "88/QĐ-UBND";
    private static final String STUDY_COLLECTIVE = "Chi bộ thôn Đông";
    private static final String MENU = "vaadin-side-nav-item[id='menu-thi-dua/dan-van-kheo']";

    @Test
    @Order(1)
    void theModuleIsInstalledAtRunTimeForOneCommune() {
        String installed = karaf.shell("danvan:module-install emulation");
        assertTrue(installed.contains("is installed"), installed);
        // a new module is enabled everywhere: enabling one unit says so and what to do instead of "already enabled"
        String everywhere = karaf.shell("danvan:module-enable emulation 24003");
        assertTrue(everywhere.contains("enabled for the whole installation (*)")
                && everywhere.contains("module-disable emulation *"), everywhere);
        // narrow it to Xã Tiên Du of the demo province
        karaf.shell("danvan:module-disable emulation *", "danvan:module-enable emulation 24003");
        String list = karaf.shell("danvan:module-list");
        assertTrue(list.lines().anyMatch(l -> l.startsWith("emulation") && l.contains("installed")
                && l.contains("24003")), list);
        String rules = karaf.shell("danvan:rules");
        assertTrue(rules.contains("emulation.salary.base") && rules.contains("73/2024/NĐ-CP"), rules);
        // the Ho Chi Minh study module beside it, for the same commune: its exemplary collectives are evidence here
        String study = karaf.shell("danvan:module-install hcmstudy");
        assertTrue(study.contains("is installed"), study);
        karaf.shell("danvan:module-disable hcmstudy *", "danvan:module-enable hcmstudy 24003");
    }

    @Test
    @Order(2)
    void aModelIsRegisteredScoredAndRecognised() {
        browser.useDesktopSize();
        browser.open(karaf.baseUrl() + "thi-dua/dan-van-kheo");
        browser.signIn(CHAIR, "danvan");
        browser.find("#em-model-new").click();
        browser.find("#em-model-dialog");
        browser.typeInto("#em-model-owner-name input", "Chi hội Phụ nữ thôn Đông");
        browser.typeInto("#em-model-name input", MODEL);
        WebElement domain = browser.find("#em-model-domain input");
        domain.sendKeys("Văn hóa");
        browser.waitUntil(UI, d -> !browser.findAll("vaadin-combo-box-item").isEmpty());
        domain.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitForVaadin();
        browser.typeInto("#em-model-address input", "Thôn Đông, xã Tiên Du");
        browser.typeInto("#em-model-launching-body input", "Ban Dân vận Đảng ủy xã Tiên Du");
        setDate("#em-model-started-on", LocalDate.of(2025, 3, 1));
        browser.typeInto("#em-model-people input", "120");
        browser.typeInto("#em-model-results textarea", "2 km đường hoa do 85 hộ góp công; thôn sạch đẹp");
        browser.find("#em-model-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#em-model-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#em-model-list").contains(MODEL));
        assertTrue(gridText("#em-model-list").contains("Văn hóa – xã hội"), gridText("#em-model-list"));

        browser.find("[id^='em-model-score-']").click();
        browser.find("#em-score-dialog");
        for (String[] points : new String[][] { { "NAMED_AT_ADDRESS", "9" }, { "REGISTERED", "10" },
                { "MOBILISES_FORCES", "13" }, { "SPREAD_EFFECT", "17" }, { "POPULAR_CONSENT", "18" },
                { "RECOGNISED", "8" }, { "SUSTAINABLE", "12" } }) {
            browser.typeInto("#em-score-" + points[0] + " input", points[1]);
        }
        browser.typeInto("#em-score-comment textarea", "Lan tỏa tốt ra các thôn");
        browser.find("#em-score-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#em-score-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#em-model-list").contains("Đạt: 87/100"));

        browser.find("[id^='em-model-recognise-']").click();
        browser.find("#em-recognise-dialog");
        browser.typeInto("#em-recognise-number input", "15/QĐ-UBND");
        browser.typeInto("#em-recognise-signer input", "Nguyễn Văn An, Chủ tịch UBND xã");
        browser.find("#em-recognise-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#em-recognise-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#em-model-list").contains("Đã công nhận — 15/QĐ-UBND"));
        browser.screenshot("emulation-model-recognised");
    }

    @Test
    @Order(3)
    void theStudyModuleRecognisesAnExemplaryCollectiveOfTheCommune() {
        browser.open(karaf.baseUrl() + "hoc-tap-bac/dien-hinh");
        browser.find("#hs-model-propose").click();
        browser.find("#hs-model-dialog");
        browser.typeInto("#hs-model-name input", STUDY_COLLECTIVE);
        browser.find("#hs-model-collective").click();
        browser.typeInto("#hs-model-story textarea", "Chi bộ vận động 85 hộ góp công làm đường hoa");
        browser.find("#hs-model-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#hs-model-dialog").isEmpty());
        browser.waitUntil(UI, d -> !browser.findAll("[id^='hs-model-recognise-']").isEmpty());
        browser.find("[id^='hs-model-recognise-']").click();
        browser.find("#hs-recognise-dialog");
        browser.typeInto("#hs-recognise-decision input", "21/QĐ-UBND");
        browser.find("#hs-recognise-save").click();
        browser.waitUntil(UI, d -> gridText("#hs-model-list").contains("Quyết định 21/QĐ-UBND"));
    }

    @Test
    @Order(4)
    void theYearEndEvaluationShowsTheCaseEnginesFiguresNextToTheCriterion() {
        browser.open(karaf.baseUrl() + "thi-dua/binh-xet");
        browser.find("#em-registration-new").click();
        browser.find("#em-registration-dialog");
        WebElement target = browser.find("#em-registration-target input");
        target.sendKeys("Tập thể lao động tiên");
        browser.waitUntil(UI, d -> !browser.findAll("vaadin-combo-box-item").isEmpty());
        target.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitForVaadin();
        browser.typeInto("#em-registration-targets textarea", "Giải quyết 100 % đơn thư đúng hạn");
        browser.find("#em-registration-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#em-registration-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#em-registration-list").contains("Xã Tiên Du"));

        browser.find("[id^='em-registration-evaluate-']").click();
        browser.find("#em-evaluation-dialog");
        String petitions = browser.find("#em-evidence-PETITIONS").getText();
        assertTrue(petitions.contains("đơn thư"), "the case engine's figures: " + petitions);
        String href = (String) browser.script("return document.querySelector('#em-evidence-PETITIONS a')"
                + ".getAttribute('href')");
        assertTrue(href.startsWith("bao-cao?"), href);
        assertTrue(browser.find("#em-evidence-TASKS").getText().contains("hồ sơ"), "TASKS is scored by hand");
        // citizen reception's figures: sessions next to the petitions, dialogues and their commitments next to
        // mass mobilisation
        assertTrue(petitions.contains("buổi tiếp công dân trong kỳ"), "reception sessions: " + petitions);
        String massMobilisation = browser.find("#em-evidence-MASS_MOBILISATION").getText();
        assertTrue(massMobilisation.contains("cuộc đối thoại với Nhân dân")
                && massMobilisation.contains("cam kết sau đối thoại"), "dialogues: " + massMobilisation);
        String movements = browser.find("#em-evidence-MOVEMENTS").getText();
        assertTrue(movements.contains("1 mô hình \"Dân vận khéo\" được công nhận"), "this module's own: " + movements);
        assertTrue(movements.contains(STUDY_COLLECTIVE) && movements.contains("21/QĐ-UBND ngày "
                + VN_DAY.format(today())), "the Ho Chi Minh study module's exemplary collective, dd/MM/yyyy: "
                + movements);
        browser.screenshot("emulation-evaluation-evidence");
        // a long criterion label wraps whole above its row, never cut to one line
        String label = browser.find("#em-evaluation-label-MASS_MOBILISATION").getText();
        assertTrue(label.length() > 10, label);
        assertEquals(Boolean.TRUE, browser.script("var l = document.getElementById('em-evaluation-label-"
                + "MASS_MOBILISATION'); return getComputedStyle(l).whiteSpace === 'normal'"
                + " && l.scrollWidth <= l.clientWidth;"), "the label is shown whole: " + label);
        for (String[] points : new String[][] { { "TASKS", "38" }, { "MASS_MOBILISATION", "18" },
                { "PETITIONS", "19" }, { "GRASSROOTS_DEMOCRACY", "9" }, { "MOVEMENTS", "9" } }) {
            browser.typeInto("#em-evaluation-" + points[0] + " input", points[1]);
        }
        browser.find("#em-evaluation-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#em-evaluation-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#em-registration-list").contains("93/100"));
        // 93 of 100 points: at least 90 % is "hoàn thành xuất sắc" by the rule rows of Decree 335/2025
        assertTrue(gridText("#em-registration-list").contains("Hoàn thành xuất sắc nhiệm vụ"),
                gridText("#em-registration-list"));
    }

    @Test
    @Order(5)
    void anAwardIsProposedCarriedDecidedAndItsCertificatePrinted() {
        browser.find("[id^='em-registration-propose-']").click();
        browser.find("#em-proposal-dialog");
        browser.typeInto("#em-proposal-dossier textarea", "Báo cáo thành tích năm của xã Tiên Du");
        browser.find("#em-proposal-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#em-proposal-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#em-proposal-list").contains("Đang trình Hội đồng"));

        browser.find("[id^='em-proposal-for-']").click();
        browser.waitUntil(UI, d -> gridText("#em-proposal-list").contains("1 đồng ý, 0 không đồng ý"));
        browser.find("[id^='em-proposal-decide-']").click();
        browser.find("#em-decision-dialog");
        browser.typeInto("#em-decision-number input", DECISION);
        browser.typeInto("#em-decision-signer input", "Nguyễn Văn An, Chủ tịch UBND xã");
        browser.find("#em-decision-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#em-decision-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#em-proposal-list").contains(DECISION));
        String grid = gridText("#em-proposal-list");
        assertTrue(grid.contains("1.880.000 đ") && grid.contains("2.340.000 đ"), grid);
        browser.screenshot("emulation-award-decided");
        byte[] certificate = downloadLink("[id^='em-proposal-certificate-']");
        assertEquals("%PDF", new String(certificate, 0, 4, StandardCharsets.US_ASCII));
        String printed = pdfText(certificate);
        for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TIÊN DU", "TẬP THỂ LAO ĐỘNG TIÊN TIẾN", "Xã Tiên Du",
                "Quyết định số " + DECISION + " ngày " + VN_DAY.format(today()),
                "Tiên Du, ngày " + String.format("%02d tháng %02d năm %d", today().getDayOfMonth(),
                        today().getMonthValue(), today().getYear()), "Nguyễn Văn An")) {
            assertTrue(printed.contains(expected), expected + " on the certificate:\n" + printed);
        }
        System.out.printf("DanVan: emulation certificate %d bytes%n", certificate.length);

        // the award is announced: day and manner, shown with the decision, audited
        browser.find("[id^='em-proposal-announce-']").click();
        browser.find("#em-announce-dialog");
        browser.typeInto("#em-announce-how textarea", "Công bố tại Hội nghị tổng kết phong trào thi đua của xã");
        browser.find("#em-announce-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#em-announce-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#em-proposal-list").contains("Đã công bố khen thưởng"));
        assertTrue(gridText("#em-proposal-list").contains("Công bố ngày " + VN_DAY.format(today())
                + ": Công bố tại Hội nghị tổng kết"), gridText("#em-proposal-list"));
        assertTrue(browser.findAll("[id^='em-proposal-announce-']").isEmpty(), "announced once");
        assertTrue(!browser.findAll("[id^='em-proposal-certificate-']").isEmpty(), "still printable");
        browser.screenshot("emulation-award-announced");
    }

    private static final java.time.format.DateTimeFormatter VN_DAY = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy");

    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** The text of a PDF as PDFBox extracts it, in composed Unicode (Vietnamese letters as one character each). */
    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFC);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void choose(String select, String label) {
        browser.find(select).click();
        browser.waitUntil(UI, d -> browser.findAll("vaadin-select-item").stream()
                .filter(item -> item.isDisplayed() && label.equals(item.getText())).findFirst().orElse(null))
                .click();
        browser.waitForVaadin();
    }

    @Test
    @Order(6)
    void theYearsReportIsExportedAsExcelAndPdf() throws Exception {
        browser.open(karaf.baseUrl() + "thi-dua/bao-cao");
        browser.waitUntil(UI, d -> browser.find("#em-report-summary").getText().contains("1 khen thưởng"));
        byte[] xlsx = downloadLink("#em-report-xlsx");
        StringBuilder cells = new StringBuilder();
        List<Double> numbers = new java.util.ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        cells.append(cell.getStringCellValue()).append('\n');
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        numbers.add(cell.getNumericCellValue());
                    }
                }
            }
        }
        String text = cells.toString();
        assertTrue(text.contains("Tập thể lao động tiên tiến") && text.contains(DECISION) && text.contains(MODEL)
                && text.contains("Nghị định 98/2023/NĐ-CP, Điều 54"), text);
        assertTrue(numbers.contains(1_880_000d), numbers.toString());
        byte[] pdf = downloadLink("#em-report-pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

        // narrowed: by level, unit and domain; the export says what it was narrowed to
        choose("#em-report-level", "Cấp tỉnh");
        browser.find("#em-report-show").click();
        browser.waitUntil(UI, d -> browser.find("#em-report-summary").getText().startsWith("0 khen thưởng"));
        choose("#em-report-level", "Cấp xã");
        browser.typeInto("#em-report-unit-code input", "24003");
        browser.waitForVaadin();
        choose("#em-report-domain", "Kinh tế");
        browser.find("#em-report-show").click();
        browser.waitUntil(UI, d -> browser.find("#em-report-summary").getText().contains("đơn vị Xã Tiên Du"));
        String narrowed = browser.find("#em-report-summary").getText();
        assertTrue(narrowed.startsWith("1 khen thưởng") && narrowed.contains("lĩnh vực Kinh tế")
                && narrowed.contains("; Cấp xã;"), narrowed);
        browser.waitUntil(UI, d -> String.valueOf(browser.script("return document.querySelector('#em-report-xlsx')"
                + ".getAttribute('download')")).contains("-24003"));
        byte[] filtered = downloadLink("#em-report-xlsx");
        StringBuilder filteredCells = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filtered))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        filteredCells.append(cell.getStringCellValue()).append('\n');
                    }
                }
            }
        }
        String filteredText = filteredCells.toString();
        assertTrue(filteredText.contains("lĩnh vực Kinh tế; Cấp xã; đơn vị Xã Tiên Du")
                && filteredText.contains(DECISION), filteredText);
        assertTrue(!filteredText.contains(MODEL), "the model is of culture–society, not economy: " + filteredText);
        browser.screenshot("emulation-report-filtered");
        String audit = karaf.shell("danvan:audit-list --action emulation --limit 30");
        for (String action : List.of("emulation.model.registered", "emulation.model.scored",
                "emulation.model.recognised", "emulation.registration.created", "emulation.registration.evaluated",
                "emulation.proposal.created", "emulation.proposal.voted", "emulation.award.decided",
                "emulation.award.announced",
                "emulation.report.exported")) {
            assertTrue(audit.contains(action), action + " in\n" + audit);
        }
    }

    @Test
    @Order(7)
    void uninstalledAndInstalledAgainTheModuleKeepsItsData() {
        String uninstalled = karaf.shell("danvan:module-uninstall emulation");
        assertTrue(uninstalled.contains("is uninstalled"), uninstalled);
        browser.waitUntil(UI, d -> browser.findAll(MENU).isEmpty());
        assertTrue(!karaf.shell("danvan:rules").contains("emulation.salary.base"), "the rule rows left too");
        String installed = karaf.shell("danvan:module-install emulation");
        assertTrue(installed.contains("is installed"), installed);
        browser.waitUntil(UI, d -> !browser.findAll(MENU).isEmpty());
        browser.find(MENU).click();
        browser.waitUntil(UI, d -> gridText("#em-model-list").contains(MODEL));
        assertTrue(gridText("#em-model-list").contains("15/QĐ-UBND"), gridText("#em-model-list"));
        browser.open(karaf.baseUrl() + "thi-dua/binh-xet");
        browser.waitUntil(UI, d -> gridText("#em-proposal-list").contains(DECISION));
    }

    @Test
    @Order(8)
    void theLogHasNoErrors() {
        assertEquals(List.of(), karaf.logErrors());
    }
}
