package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.danvan.dist.test.Browser;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The hostile-input tests' payloads and checks, shared by {@link HostileInputIT} (core forms) and
 * {@link HostileModuleInputIT} (the optional modules' dialogs): typing a payload into every free-text field of a form,
 * emptying the fields that refuse it with a message (inert by refusal), checking a page is inert (no script of a
 * payload ran, none of its elements is in the DOM, shadow roots included) and that a workbook has no formula made
 * from user text. It counts the places checked and the refusals per field.
 */
final class HostileChecks {

    /** Each would run {@code window.__xss = n} (and an alert) if it were interpreted. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1;alert(1)</script>",
            "<img src=x onerror=\"window.__xss=2;alert(2)\" id=xss2>",
            "\"><svg onload=\"window.__xss=3;alert(3)\" id=xss3>",
            "{{7*7}} ${7*7} <b id=xss4>bold</b>",
            "=cmd|' /C calc'!A0",
            "+SUM(1;1) @SUM(1) -2+3");

    /**
     * The element the fields of {@code arguments[0]} are in: a dialog's content is rendered in its overlay, outside
     * the {@code vaadin-dialog} element (the first run found no field inside it and saved an empty entry).
     */
    private static final String SCOPE = "const container = document.querySelector(arguments[0]);"
            + " if (!container) { return []; }"
            + " const scope = container.localName === 'vaadin-dialog' ? container.$.overlay : container;";

    private final Browser browser;
    /** Field id → payloads the field refused with a validation message (inert by refusal). */
    private final Map<String, Integer> refusedByField = new LinkedHashMap<>();
    private int placesChecked;

    HostileChecks(Browser browser) {
        this.browser = browser;
    }

    /** The places (pages, dialogs, exports) checked inert so far. */
    int placesChecked() {
        return placesChecked;
    }

    /** Counts a place checked by other means (an export read back). */
    void countPlace() {
        placesChecked++;
    }

    /** Field id → how many payloads it refused with a validation message. */
    Map<String, Integer> refusedByField() {
        return refusedByField;
    }

    /** The number of refusals, all fields together. */
    int refusals() {
        return refusedByField.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Types the payload into every visible, editable text field and text area inside the container but those
     * {@code notFreeText} names (codes looked up, numbers); a field's maximum length cuts the payload as the browser
     * would. Returns the ids filled.
     */
    @SuppressWarnings("unchecked")
    List<String> fillEveryTextField(String container, String payload, Predicate<String> notFreeText) {
        List<String> ids = (List<String>) browser.script(SCOPE + "return Array.from(scope"
                + ".querySelectorAll('vaadin-text-field, vaadin-text-area, vaadin-email-field'))"
                + ".filter(f => f.id && !f.disabled && !f.readonly && f.offsetParent !== null).map(f => f.id);",
                container);
        List<String> filled = new ArrayList<>();
        for (String id : ids) {
            if (notFreeText.test(id)) {
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

    /**
     * Fields that refuse the payload with a message (phone, e-mail, id number) are emptied and counted; saves again.
     * The ids of those fields are removed from {@code fields}.
     */
    @SuppressWarnings("unchecked")
    void clearRefusedFieldsAndSave(String container, String save, List<String> fields) {
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
                WebElement input = browser.find("#" + id + " input, #" + id + " textarea");
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
                input.sendKeys(Keys.TAB);
                browser.waitForVaadin();
                Object left = browser.script("const i = document.getElementById(arguments[0])"
                        + ".querySelector('input, textarea'); return i ? i.value : null;", id);
                assertEquals("", left, id + " emptied");
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
    void click(String button) {
        WebElement element = browser.find(button);
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** No script of a payload ran and none of its elements is in the DOM, shadow roots included. */
    void assertInert(String where) {
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

    /**
     * Reads a workbook back: no formula holds a payload's text, and a text cell that starts like a formula is
     * quote-prefixed (Excel keeps it a text only so: editing it or saving the sheet as CSV would make it a
     * formula). Counts the workbook as a place checked.
     */
    WorkbookFigures checkWorkbook(byte[] xlsx, String where) {
        Set<String> found = new LinkedHashSet<>();
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
                                    "a user's text became a formula in the " + where + ": " + formula);
                        } else if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            PAYLOADS.stream().filter(text::contains).forEach(found::add);
                            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
                                formulaLike++;
                                assertTrue(cell.getCellStyle().getQuotePrefixed(), "a text cell of the " + where
                                        + " that starts like a formula is quote-prefixed: " + text);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        placesChecked++;
        return new WorkbookFigures(cells, formulaLike, List.copyOf(found));
    }

    /** What a workbook held: its cells, the formula-like text cells (all quote-prefixed), the payloads found. */
    record WorkbookFigures(int cells, int formulaLike, List<String> payloadsFound) {
    }
}
