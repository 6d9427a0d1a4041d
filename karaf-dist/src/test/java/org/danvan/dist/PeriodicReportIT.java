package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The periodic report end to end: cases recorded through the console appear in the Excel file the report screen
 * exports for the current quarter, per commune and in the total, and the PDF export is offered too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodicReportIT extends BrowserDistributionTest {

    private static final Duration EXPORT = Duration.ofSeconds(60);
    /** Column of "Tiếp nhận" (received) in the exported sheet. */
    private static final int RECEIVED_COLUMN = 2;

    @Test
    void theExportedWorkbookCountsTheRecordedCasesPerCommuneAndInTotal() throws Exception {
        // two cases at Xã Tiên Du, one at its Party committee (in the commune's subtree), one at the province itself
        for (String unit : new String[] { "24003", "24003", "24003-DU", "24" }) {
            String created = karaf.shell("danvan:case-create --unit " + unit
                    + " --kind reflection --name \"Nguyen Van Binh\" \"Phan anh ve duong lang " + unit + "\"");
            assertTrue(created.contains("Created case"), created);
        }

        browser.useDesktopSize();
        browser.open(karaf.baseUrl());
        browser.signIn("admin", "admin");
        browser.waitForVaadin();
        browser.open(karaf.baseUrl() + "bao-cao");
        browser.waitForVaadin();
        // the screen opens on the province and the quarter containing today
        assertEquals("Tỉnh Bắc Ninh", browser.script("return document.querySelector('#report-unit').inputElement.value"));

        Map<String, Long> received = receivedPerLine(download("xlsx"));
        assertEquals(3L, received.get("Xã Tiên Du"), received.toString());
        assertEquals(1L, received.get("Trực tiếp tại Tỉnh Bắc Ninh"), received.toString());
        assertEquals(4L, received.get("Tổng cộng"), received.toString());
        browser.screenshot("report-exported-xlsx");

        byte[] pdf = download("pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        // the whole export ran in the background: the progress bar reached its end
        assertEquals(1.0, ((Number) browser.script("return document.querySelector('#report-progress').value"))
                .doubleValue());
    }

    /** Clicks an export button, waits for the download link and fetches the file in the signed-in session. */
    private byte[] download(String extension) {
        browser.find("#report-export-" + extension).click();
        browser.waitUntil(EXPORT, d -> (Boolean) browser.script("var a = document.querySelector('#report-download');"
                + " return a != null && !a.hidden && a.textContent.trim().endsWith('." + extension + "')"));
        return fetchInSession((String) browser.script("return document.querySelector('#report-download').href"));
    }

    /** Label of each line (column B) to its "received" figure; the total row's formula is evaluated by POI. */
    private static Map<String, Long> receivedPerLine(byte[] xlsx) throws Exception {
        Map<String, Long> figures = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Row row : sheet) {
                Cell label = row.getCell(1);
                Cell figure = row.getCell(RECEIVED_COLUMN);
                if (label != null && label.getCellType() == CellType.STRING && figure != null
                        && figure.getCellType() != CellType.STRING) {
                    figures.put(label.getStringCellValue(), (long) evaluator.evaluate(figure).getNumberValue());
                }
            }
        }
        return figures;
    }
}
