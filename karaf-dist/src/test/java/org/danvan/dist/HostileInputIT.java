package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Script and HTML payloads typed into every text field of the intake form and of the reception book, and given as
 * unit names through the administrator's CSV import, then looked at wherever they are shown: the case detail, the
 * worklist, the reception book, the units screen, the dashboard, the periodic report's Excel and PDF exports. Inert
 * means: no alert, no script ran (each payload would set {@code window.__xss}), no element of the payload in the DOM
 * (shadow roots included), and in the workbook no cell from user text is a formula. The figures (payloads × fields)
 * are printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT extends BrowserDistributionTest {

    static final List<String> PAYLOADS = HostileChecks.PAYLOADS;
    private static final Duration UI = Duration.ofSeconds(30);
    private static final Duration EXPORT = Duration.ofSeconds(60);
    /** Fields that are not free text (a code looked up, numbers, dates). */
    private static final List<String> NOT_FREE_TEXT = List.of("intake-unit-code", "intake-people-count",
            "intake-received-on", "reception-entry-peopleCount");

    private final List<String> caseUrls = new ArrayList<>();
    private HostileChecks checks;
    private int payloadsStored;

    @BeforeAll
    void startChecks() {
        checks = new HostileChecks(browser);
    }

    @Test
    @Order(1)
    void unitsNamedWithPayloadsAreImportedByTheAdministrator() throws Exception {
        StringBuilder csv = new StringBuilder("code,name,kind,parent_code,valid_from\n");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            csv.append("24-XSS").append(i).append(",\"").append(PAYLOADS.get(i).replace("\"", "\"\""))
                    .append("\",commune,24,2025-07-01\n");
        }
        Path file = karaf.home().resolve("hostile-units.csv");
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        String out = karaf.shell("danvan:unit-import " + file);
        assertTrue(out.contains("Imported: " + PAYLOADS.size() + " units"), out);
        payloadsStored += PAYLOADS.size();
    }

    @Test
    @Order(2)
    void everyTextFieldOfTheIntakeTakesEachPayloadAndTheCaseShowsItInert() {
        browser.useDesktopSize();
        browser.open(karaf.baseUrl());
        browser.signIn("admin", "admin");
        for (String payload : PAYLOADS) {
            browser.open(karaf.baseUrl() + "tiep-nhan-don");
            browser.find("#intake");
            pick("intake-kind", "Khiếu nại lần đầu");
            pick("intake-channel", "Trực tiếp tại trụ sở tiếp công dân");
            browser.typeInto("#intake-unit-code input", "24003");
            browser.waitForVaadin();
            List<String> fields = fillEveryTextField("#intake", payload);
            click("#intake-save");
            browser.waitForVaadin();
            clearRefusedFieldsAndSave("#intake", "#intake-save", fields);
            browser.waitUntil(UI, d -> !browser.findAll("#intake-result-number").isEmpty());
            assertInert("intake receipt");
            click("#intake-result-open");
            browser.waitUntil(UI, d -> browser.currentUrl().contains("/ho-so-vu-viec/chi-tiet?id="));
            browser.find("#case-content");
            browser.waitForVaadin();
            caseUrls.add(browser.currentUrl());
            assertInert("case detail");
            // the detail shows the case in read-only fields: their values count, which innerText leaves out
            String shown = String.valueOf(browser.script("return document.body.innerText + '\\n' + Array.from("
                    + "document.querySelectorAll('input, textarea')).map(i => i.value).join('\\n');"));
            assertTrue(shown.contains(payload.substring(0, 8)),
                    "the payload is shown as text on the case detail: " + payload);
            payloadsStored += fields.size();
        }
        browser.open(karaf.baseUrl() + "ho-so-vu-viec");
        browser.find("#cases-grid");
        browser.waitForVaadin();
        assertInert("worklist");
        browser.open(karaf.baseUrl() + "tong-quan");
        browser.waitForVaadin();
        assertInert("dashboard");
        browser.open(karaf.baseUrl() + "quan-tri/don-vi");
        browser.waitForVaadin();
        assertInert("units screen");
    }

    @Test
    @Order(3)
    void everyTextFieldOfTheReceptionBookTakesEachPayload() {
        for (String payload : PAYLOADS) {
            browser.open(karaf.baseUrl() + "so-tiep-cong-dan");
            browser.find("#reception-book-grid");
            browser.find("#reception-book-new").click();
            browser.find("#reception-entry-dialog");
            pick("reception-entry-petitionKind", "Kiến nghị");
            pick("reception-entry-disposition", "Tiếp nhận, xử lý");
            browser.typeInto("#reception-entry-peopleCount input", "1");
            List<String> fields = fillEveryTextField("#reception-entry-dialog", payload);
            click("#reception-entry-save");
            browser.waitForVaadin();
            clearRefusedFieldsAndSave("#reception-entry-dialog", "#reception-entry-save", fields);
            browser.waitUntil(UI, d -> browser.findAll("#reception-entry-dialog").isEmpty());
            browser.waitForVaadin();
            assertInert("reception book");
            payloadsStored += fields.size();
        }
    }

    @Test
    @Order(4)
    void theReportExportsKeepUnitNamesAsText() throws Exception {
        browser.open(karaf.baseUrl() + "bao-cao");
        browser.waitForVaadin();
        assertInert("report screen");
        byte[] xlsx = download("xlsx");
        HostileChecks.WorkbookFigures workbook = checks.checkWorkbook(xlsx, "report workbook");
        List<String> found = workbook.payloadsFound();
        int cells = workbook.cells();
        int formulaLike = workbook.formulaLike();
        assertTrue(found.containsAll(PAYLOADS), "every payload unit is a text cell of the report: " + found);
        assertTrue(formulaLike >= 2, "the units named '=cmd…' and '+SUM…' are formula-like cells: " + formulaLike);
        System.out.printf("hostile input: report workbook, %d cells checked, %d formula-like text cells quote-prefixed%n",
                cells, formulaLike);
        byte[] pdf = download("pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("{{7*7}}") && text.contains("=cmd|"), "payloads printed as text:\n" + text);
        }
        checks.countPlace();
        System.out.println("hostile input: " + PAYLOADS.size() + " payloads, " + payloadsStored
                + " payload values stored (fields x payloads + unit names), " + checks.placesChecked()
                + " pages and exports checked inert; refused by validation per field: " + checks.refusedByField());
    }

    @Test
    @Order(5)
    void noErrorsWereLogged() {
        assertEquals(List.of(), karaf.logErrors(), "ERROR lines in " + karaf.logFile());
    }

    private List<String> fillEveryTextField(String container, String payload) {
        return checks.fillEveryTextField(container, payload, NOT_FREE_TEXT::contains);
    }

    private void clearRefusedFieldsAndSave(String container, String save, List<String> fields) {
        checks.clearRefusedFieldsAndSave(container, save, fields);
    }

    private void click(String button) {
        checks.click(button);
    }

    private void assertInert(String where) {
        checks.assertInert(where);
    }

    private byte[] download(String extension) {
        browser.find("#report-export-" + extension).click();
        browser.waitUntil(EXPORT, d -> (Boolean) browser.script("var a = document.querySelector('#report-download');"
                + " return a != null && !a.hidden && a.textContent.trim().endsWith('." + extension + "')"));
        return fetchInSession((String) browser.script("return document.querySelector('#report-download').href"));
    }
}
