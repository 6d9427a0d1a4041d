package org.danvan.platform.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportColumn;
import org.danvan.platform.export.api.ExportDocument;

/** One sheet: paragraphs as merged rows, tables with typed cells; user text is never a formula. */
final class XlsxDocumentWriter {

    private static final int MAX_COLUMN_CHARS = 100;

    void write(ExportDocument document, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(document.title()));
            int width = Math.max(1, document.blocks().stream().filter(ExportBlock.Table.class::isInstance)
                    .mapToInt(t -> ((ExportBlock.Table) t).columns().size()).max().orElse(1));
            int[] columnChars = new int[width];
            int rowIndex = 0;
            for (ExportBlock block : document.blocks()) {
                if (block instanceof ExportBlock.Paragraph || block instanceof ExportBlock.QrCode) {
                    Row row = sheet.createRow(rowIndex);
                    if (block instanceof ExportBlock.Paragraph paragraph) {
                        text(row, 0, paragraph.text(), paragraph.bold() ? styles.bold : styles.plain, styles);
                    } else {
                        text(row, 0, ((ExportBlock.QrCode) block).text(), styles.plain, styles);
                    }
                    if (width > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, width - 1));
                    }
                    rowIndex++;
                } else if (block instanceof ExportBlock.Table table) {
                    rowIndex = table(sheet, styles, table, rowIndex, columnChars);
                } else if (block instanceof ExportBlock.Space) {
                    rowIndex++;
                }
            }
            for (int i = 0; i < width; i++) {
                sheet.setColumnWidth(i, Math.min(MAX_COLUMN_CHARS, Math.max(8, columnChars[i])) * 256);
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
    }

    private static int table(Sheet sheet, Styles styles, ExportBlock.Table table, int start, int[] columnChars) {
        List<ExportColumn> columns = table.columns();
        Row header = sheet.createRow(start);
        for (int c = 0; c < columns.size(); c++) {
            text(header, c, columns.get(c).header(), styles.header, styles);
            columnChars[c] = Math.max(columnChars[c], columns.get(c).width());
        }
        int rowIndex = start + 1;
        int firstData = rowIndex;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(rowIndex++);
            for (int c = 0; c < columns.size(); c++) {
                cell(row, c, values.get(c), columns.get(c).kind(), styles);
            }
        }
        if (table.totalLabel() != null) {
            Row total = sheet.createRow(rowIndex);
            for (int c = 0; c < columns.size(); c++) {
                ExportColumn column = columns.get(c);
                if (c == 0) {
                    text(total, 0, table.totalLabel(), styles.totalText, styles);
                } else if (column.isSummed() && rowIndex > firstData) {
                    Cell cell = total.createCell(c);
                    String letter = CellReference.convertNumToColString(c);
                    cell.setCellFormula("SUM(" + letter + (firstData + 1) + ":" + letter + rowIndex + ")");
                    cell.setCellStyle(styles.total(column.kind()));
                } else {
                    text(total, c, "", styles.totalText, styles);
                }
            }
            rowIndex++;
        }
        return rowIndex;
    }

    private static void cell(Row row, int column, Object value, ExportColumn.Kind kind, Styles styles) {
        if (value == null) {
            row.createCell(column).setCellStyle(styles.of(kind));
            return;
        }
        if (kind != ExportColumn.Kind.TEXT && value instanceof Number number) {
            Cell cell = row.createCell(column);
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.of(kind));
        } else if (kind == ExportColumn.Kind.DATE && value instanceof LocalDate day) {
            Cell cell = row.createCell(column);
            cell.setCellValue(day);
            cell.setCellStyle(styles.of(kind));
        } else {
            text(row, column, String.valueOf(value), styles.text, styles);
        }
    }

    /** A string cell; one that looks like a formula is marked quote-prefixed, as Excel does for a typed apostrophe. */
    private static void text(Row row, int column, String value, CellStyle style, Styles styles) {
        Cell cell = row.createCell(column);
        String text = CellText.clean(value);
        cell.setCellValue(text);
        cell.setCellStyle(CellText.looksLikeFormula(text) ? styles.quoted(style) : style);
    }

    private static final class Styles {

        final CellStyle plain;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle text;
        final CellStyle totalText;
        private final Map<ExportColumn.Kind, CellStyle> byKind = new HashMap<>();
        private final Map<ExportColumn.Kind, CellStyle> totals = new HashMap<>();
        private final Map<CellStyle, CellStyle> quoted = new HashMap<>();
        private final XSSFWorkbook workbook;

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            plain = workbook.createCellStyle();
            plain.setWrapText(false);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            header = bordered(workbook);
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(workbook);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            totalText = bordered(workbook);
            totalText.setFont(boldFont);
            String[] formats = { "#,##0", "#,##0.00", "0.0%", "dd/mm/yyyy" };
            ExportColumn.Kind[] kinds = { ExportColumn.Kind.INTEGER, ExportColumn.Kind.DECIMAL,
                    ExportColumn.Kind.PERCENT, ExportColumn.Kind.DATE };
            for (int i = 0; i < kinds.length; i++) {
                CellStyle style = bordered(workbook);
                style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(formats[i]));
                style.setVerticalAlignment(VerticalAlignment.TOP);
                byKind.put(kinds[i], style);
                CellStyle total = bordered(workbook);
                total.cloneStyleFrom(style);
                total.setFont(boldFont);
                totals.put(kinds[i], total);
            }
            byKind.put(ExportColumn.Kind.TEXT, text);
            totals.put(ExportColumn.Kind.TEXT, totalText);
        }

        CellStyle of(ExportColumn.Kind kind) {
            return byKind.get(kind);
        }

        CellStyle total(ExportColumn.Kind kind) {
            return totals.get(kind);
        }

        /** The same style, quote-prefixed: the cell's text is text even when it starts like a formula. */
        CellStyle quoted(CellStyle base) {
            return quoted.computeIfAbsent(base, b -> {
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(b);
                style.setQuotePrefixed(true);
                return style;
            });
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
