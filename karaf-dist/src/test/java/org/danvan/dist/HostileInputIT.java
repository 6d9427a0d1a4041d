package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

    /** Each would run {@code window.__xss = n} (and an alert) if it were interpreted. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1;alert(1)</script>",
            "<img src=x onerror=\"window.__xss=2;alert(2)\" id=xss2>",
            "\"><svg onload=\"window.__xss=3;alert(3)\" id=xss3>",
            "{{7*7}} ${7*7} <b id=xss4>bold</b>",
            "=cmd|' /C calc'!A0",
            "+SUM(1;1) @SUM(1) -2+3");
    private static final Duration UI = Duration.ofSeconds(30);
    private static final Duration EXPORT = Duration.ofSeconds(60);
    /** Fields that are not free text (a code looked up, numbers, dates). */
    private static final List<String> NOT_FREE_TEXT = List.of("intake-unit-code", "intake-people-count",
            "intake-received-on", "reception-entry-peopleCount");

    /**
     * The element the fields of {@code arguments[0]} are in: a dialog's content is rendered in its overlay, outside
     * the {@code vaadin-dialog} element (the first run found no field inside it and saved an empty entry).
     */
    private static final String SCOPE = "const container = document.querySelector(arguments[0]);"
            + " if (!container) { return []; }"
            + " const scope = container.localName === 'vaadin-dialog' ? container.$.overlay : container;";

    private final List<String> caseUrls = new ArrayList<>();
    /** Field id → payloads the field refused with a validation message (inert by refusal). */
    private final Map<String, Integer> refusedByField = new LinkedHashMap<>();
    private int payloadsStored;
    private int placesChecked;

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
        List<String> found = new ArrayList<>();
        int cells = 0;
        int formulaLike = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells++;
                        if (cell.getCellType() == CellType.FORMULA) {
                            String formula = cell.getCellFormula();
                            assertTrue(!formula.contains("cmd") && !formula.contains("SUM(1"),
                                    "a user's text became a formula: " + formula);
                        } else if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            PAYLOADS.stream().filter(text::contains).forEach(found::add);
                            // Excel keeps such a text a text only while the cell is quote-prefixed: editing it or
                            // saving the sheet as CSV would make it a formula
                            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
                                formulaLike++;
                                assertTrue(cell.getCellStyle().getQuotePrefixed(),
                                        "a text cell that starts like a formula is quote-prefixed: " + text);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(found.containsAll(PAYLOADS), "every payload unit is a text cell of the report: " + found);
        assertTrue(formulaLike >= 2, "the units named '=cmd…' and '+SUM…' are formula-like cells: " + formulaLike);
        System.out.printf("hostile input: report workbook, %d cells checked, %d formula-like text cells quote-prefixed%n",
                cells, formulaLike);
        byte[] pdf = download("pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("{{7*7}}") && text.contains("=cmd|"), "payloads printed as text:\n" + text);
        }
        placesChecked += 2;
        System.out.println("hostile input: " + PAYLOADS.size() + " payloads, " + payloadsStored
                + " payload values stored (fields x payloads + unit names), " + placesChecked
                + " pages and exports checked inert; refused by validation per field: " + refusedByField);
    }

    @Test
    @Order(5)
    void noErrorsWereLogged() {
        assertEquals(List.of(), karaf.logErrors(), "ERROR lines in " + karaf.logFile());
    }

    /** Types the payload into every text field and text area inside the container; returns their ids. */
    @SuppressWarnings("unchecked")
    private List<String> fillEveryTextField(String container, String payload) {
        List<String> ids = (List<String>) browser.script(SCOPE + "return Array.from(scope"
                + ".querySelectorAll('vaadin-text-field, vaadin-text-area, vaadin-email-field'))"
                + ".filter(f => f.id && !f.disabled && !f.readonly && f.offsetParent !== null).map(f => f.id);",
                container);
        List<String> filled = new ArrayList<>();
        for (String id : ids) {
            if (NOT_FREE_TEXT.contains(id)) {
                continue;
            }
            String max = String.valueOf(browser.script("return document.getElementById(arguments[0]).maxlength;",
                    id));
            String value = payload;
            if (max.matches("\\d+") && Integer.parseInt(max) > 0 && value.length() > Integer.parseInt(max)) {
                value = value.substring(0, Integer.parseInt(max));
            }
            browser.typeInto("#" + id + " input, #" + id + " textarea", value);
            filled.add(id);
        }
        browser.waitForVaadin();
        assertTrue(!filled.isEmpty(), "free-text fields found in " + container + ": " + ids);
        return filled;
    }

    /** Fields that refuse the payload with a message (phone, e-mail, id number) are emptied; saves again. */
    @SuppressWarnings("unchecked")
    private void clearRefusedFieldsAndSave(String container, String save, List<String> fields) {
        List<String> invalid = (List<String>) browser.script(SCOPE + "return Array.from(scope"
                + ".querySelectorAll('[invalid]')).map(f => f.id).filter(id => id);", container);
        if (invalid == null || invalid.isEmpty()) {
            return;
        }
        for (String id : invalid) {
            if (fields.remove(id)) {
                refusedByField.merge(id, 1, Integer::sum);
                String message = String.valueOf(browser.script(
                        "return document.getElementById(arguments[0]).errorMessage;", id));
                assertTrue(message != null && !message.isBlank() && !message.equals("null"),
                        id + " refuses the payload with a message");
                // by keys, as a user would: WebElement.clear() empties the input without an event, so the server
                // kept the refused value (first run: the intake and the reception book never saved)
                org.openqa.selenium.WebElement input = browser.find("#" + id + " input, #" + id + " textarea");
                input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                        org.openqa.selenium.Keys.BACK_SPACE);
                input.sendKeys(org.openqa.selenium.Keys.TAB);
                browser.waitForVaadin();
                assertEquals("", value(id), id + " emptied");
            }
        }
        browser.waitForVaadin();
        click(save);
        browser.waitForVaadin();
    }

    /**
     * Clicks a button scrolled to the middle of the window, as a user would: at the bottom edge, the error
     * notification of the first save covered the intake's save button (first run).
     */
    private void click(String button) {
        org.openqa.selenium.WebElement element = browser.find(button);
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** No script of a payload ran and none of its elements is in the DOM, shadow roots included. */
    private void assertInert(String where) {
        placesChecked++;
        Object ran = browser.script("return window.__xss === undefined ? null : String(window.__xss);");
        assertEquals(null, ran, "a payload's script ran on the " + where);
        Object injected = browser.script("""
                const found = [];
                const walk = root => {
                  root.querySelectorAll('*').forEach(e => {
                    if (/^xss\\d$/.test(e.id)) { found.push(e.outerHTML); }
                    for (const a of e.attributes) {
                      if (a.name.startsWith('on') && a.value.includes('__xss')) { found.push(e.outerHTML); }
                    }
                    if (e.tagName === 'SCRIPT' && e.textContent.includes('__xss')) { found.push(e.outerHTML); }
                    if (e.shadowRoot) { walk(e.shadowRoot); }
                  });
                };
                walk(document);
                return found.join('\\n');
                """);
        assertEquals("", injected, "payload elements in the DOM of the " + where);
    }

    private byte[] download(String extension) {
        browser.find("#report-export-" + extension).click();
        browser.waitUntil(EXPORT, d -> (Boolean) browser.script("var a = document.querySelector('#report-download');"
                + " return a != null && !a.hidden && a.textContent.trim().endsWith('." + extension + "')"));
        return fetchInSession((String) browser.script("return document.querySelector('#report-download').href"));
    }
}
