package org.danvan.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.danvan.reports.api.PeriodReport;
import org.danvan.reports.api.ReportRow;

/**
 * Writes a report as an .xlsx workbook: title, unit and period, a header row, one row per line and a total row.
 * The total row holds SUM formulas over the unit rows (so a reader who corrects a figure sees the total follow),
 * with their values computed before saving, so viewers that do not calculate show them too.
 */
final class XlsxReportWriter {

    static final int HEADER_ROW = 5;
    private static final int COLUMNS = 2 + ReportColumns.ALL.size();

    private final FileTexts texts;

    XlsxReportWriter(FileTexts texts) {
        this.texts = texts;
    }

    void write(PeriodReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(texts.text("reports.file.sheet"));
            titleRow(sheet, 0, texts.text("reports.file.title"), styles.title);
            titleRow(sheet, 1, texts.text("reports.file.unit", report.unitName()), styles.subtitle);
            titleRow(sheet, 2, texts.text("reports.file.period", texts.period(report.period())), styles.subtitle);
            titleRow(sheet, 3, texts.text(report.period().legalBasisKey()), styles.plain);

            Row header = sheet.createRow(HEADER_ROW);
            List<String> headings = new ArrayList<>(List.of(texts.text("reports.column.number"),
                    texts.text("reports.column.unit")));
            ReportColumns.ALL.forEach(c -> headings.add(texts.text(c.labelKey())));
            for (int i = 0; i < headings.size(); i++) {
                text(header, i, headings.get(i), styles.header);
            }

            int rowIndex = HEADER_ROW + 1;
            int number = 1;
            for (ReportRow line : report.lines()) {
                Row row = sheet.createRow(rowIndex++);
                number(row, 0, number++, styles.number);
                // unit names are typed by administrators or imported from a CSV file
                text(row, 1, line.label(), looksLikeFormula(line.label()) ? styles.quotedText : styles.text);
                for (ReportColumns column : ReportColumns.ALL) {
                    number(row, 2 + column.ordinal(), column.of(line.counts()), styles.number);
                }
            }
            Row total = sheet.createRow(rowIndex);
            text(total, 0, "", styles.totalText);
            text(total, 1, report.total().label(), styles.totalText);
            int first = HEADER_ROW + 2;
            int last = rowIndex;
            for (ReportColumns column : ReportColumns.ALL) {
                Cell cell = total.createCell(2 + column.ordinal());
                String letter = CellReference.convertNumToColString(2 + column.ordinal());
                cell.setCellFormula("SUM(" + letter + first + ":" + letter + last + ")");
                cell.setCellStyle(styles.totalNumber);
            }
            titleRow(sheet, rowIndex + 2, texts.text("reports.file.produced", FileTexts.day(report.producedOn())),
                    styles.plain);

            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 44 * 256);
            for (int i = 2; i < COLUMNS; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
    }

    private static void titleRow(Sheet sheet, int index, String text, CellStyle style) {
        Row row = sheet.createRow(index);
        text(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, COLUMNS - 1));
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /**
     * A text Excel would take as a formula once the cell is edited or the sheet saved as CSV; such a cell is marked
     * quote-prefixed, as Excel does for a typed apostrophe (the platform's document exporter does the same).
     */
    static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The workbook's cell styles, created once (a workbook holds at most 64,000 of them). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle text;
        final CellStyle quotedText;
        final CellStyle number;
        final CellStyle totalText;
        final CellStyle totalNumber;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setWrapText(true);
            subtitle = workbook.createCellStyle();
            subtitle.setFont(bold);
            subtitle.setAlignment(HorizontalAlignment.CENTER);
            plain = workbook.createCellStyle();
            plain.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(workbook);
            quotedText = bordered(workbook);
            quotedText.setQuotePrefixed(true);
            number = bordered(workbook);
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            totalText = bordered(workbook);
            totalText.setFont(bold);
            totalNumber = bordered(workbook);
            totalNumber.setFont(bold);
            totalNumber.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
