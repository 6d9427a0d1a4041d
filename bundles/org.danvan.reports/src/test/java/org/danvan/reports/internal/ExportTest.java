package org.danvan.reports.internal;

import static org.danvan.reports.internal.ReportFixture.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.danvan.cases.api.PeriodCounts;
import org.danvan.reports.api.PeriodReport;
import org.danvan.reports.api.ReportFormat;
import org.danvan.reports.internal.ReportFixture.Case;
import org.junit.jupiter.api.Test;

class ExportTest {

    private static final int FIRST_FIGURE_COLUMN = 2;

    private static byte[] export(ReportEngine engine, PeriodReport report, ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        engine.export(report, format, out);
        return out.toByteArray();
    }

    private static long[] figures(PeriodCounts c) {
        return new long[] { c.received(), c.accepted(), c.resolvedOnTime(), c.resolvedLate(), c.pending() };
    }

    @Test
    void workbookHasTheTitleOneRowPerLineAndTotalsThatAddUp() throws IOException {
        ReportFixture f = ReportEngineTest.sample();
        ReportEngine engine = f.engine();
        PeriodReport report = engine.report(f.user, PROVINCE, ReportEngineTest.Q1_2026, null);

        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(export(engine, report, ReportFormat.XLSX)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Báo cáo", sheet.getSheetName());
            assertEquals("Đơn vị: " + ReportFixture.PROVINCE_NAME, text(sheet, 1, 0));
            assertEquals("Kỳ báo cáo: Quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/03/2026)", text(sheet, 2, 0));
            assertTrue(text(sheet, 3, 0).startsWith("Theo Thông tư số 06/2025/TT-TTCP"), "a 2026 period: the new circular");
            assertEquals("Giải quyết đúng hạn", text(sheet, XlsxReportWriter.HEADER_ROW, 4));

            int first = XlsxReportWriter.HEADER_ROW + 1;
            for (int i = 0; i < report.lines().size(); i++) {
                assertEquals(report.lines().get(i).label(), text(sheet, first + i, 1));
                long[] expected = figures(report.lines().get(i).counts());
                for (int c = 0; c < expected.length; c++) {
                    assertEquals(expected[c], (long) sheet.getRow(first + i).getCell(FIRST_FIGURE_COLUMN + c)
                            .getNumericCellValue());
                }
            }
            Row total = sheet.getRow(first + report.lines().size());
            assertEquals("Tổng cộng", total.getCell(1).getStringCellValue());
            long[] expectedTotal = figures(f.counts(PROVINCE, report.period().from(), report.period().to()));
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (int c = 0; c < expectedTotal.length; c++) {
                Cell cell = total.getCell(FIRST_FIGURE_COLUMN + c);
                assertEquals(CellType.FORMULA, cell.getCellType(), "the total is a formula");
                // the value saved with the file, shown by viewers that do not calculate
                assertEquals(expectedTotal[c], (long) cell.getNumericCellValue());
                // and the formula, recalculated
                assertEquals(expectedTotal[c], (long) evaluator.evaluate(cell).getNumberValue());
            }
        }
    }

    @Test
    void unitNamesThatStartLikeAFormulaStayQuotedText() throws IOException {
        ReportFixture f = new ReportFixture();
        List<String> names = List.of("=cmd|' /C calc'!A0", "+SUM(1;1)", "-2+3", "@SUM(1)", "Xã Bình Thường");
        for (int i = 0; i < names.size(); i++) {
            long id = 100 + i;
            f.units.put(id, new org.danvan.platform.api.org.OrgUnitInfo(id, "F" + i, names.get(i), "commune",
                    PROVINCE, java.time.LocalDate.of(2025, 7, 1), null, List.of()));
            f.permittedUnits.add(id);
            f.cases.add(new Case(id, ReportEngineTest.Q1_2026.from(), null, null, false, null));
        }
        ReportEngine engine = f.engine();
        PeriodReport report = engine.report(f.user, PROVINCE, ReportEngineTest.Q1_2026, null);

        int checked = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(export(engine, report, ReportFormat.XLSX)))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = XlsxReportWriter.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Cell cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(1);
                if (cell == null || cell.getCellType() != CellType.STRING || !names.contains(cell.getStringCellValue())) {
                    continue;
                }
                boolean formulaLike = !cell.getStringCellValue().startsWith("Xã");
                assertEquals(formulaLike, cell.getCellStyle().getQuotePrefixed(), cell.getStringCellValue());
                checked++;
            }
        }
        assertEquals(names.size(), checked, "every unit has its row");
    }

    @Test
    void pdfCarriesTheVietnameseNamesInAnEmbeddedFont() throws IOException {
        ReportFixture f = ReportEngineTest.sample();
        ReportEngine engine = f.engine();
        PeriodReport report = engine.report(f.user, PROVINCE, ReportEngineTest.Q1_2026, null);

        try (PDDocument pdf = Loader.loadPDF(export(engine, report, ReportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Đơn vị: " + ReportFixture.PROVINCE_NAME), text);
            assertTrue(text.contains("Phường Hoàn Kiếm"), text);
            assertTrue(text.contains("Xã Đống Đa"), text);
            assertTrue(text.contains("BÁO CÁO KẾT QUẢ TIẾP NHẬN, XỬ LÝ ĐƠN"), text);
            assertTrue(text.contains("Thông tư số 06/2025/TT-TTCP"), text);
            assertTrue(!text.contains("02/2021"), "not the replaced circular");
            assertTrue(text.contains("Tổng cộng 8 6 3 1 5"), text);
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " embedded");
            }
        }
    }

    @Test
    void longReportsContinueOnFurtherPages() throws IOException {
        ReportFixture f = new ReportFixture();
        for (int i = 0; i < 60; i++) {
            long id = 100 + i;
            f.units.put(id, new org.danvan.platform.api.org.OrgUnitInfo(id, "X" + i,
                    String.format("Xã Thử Nghiệm Số %02d", i), "commune", PROVINCE,
                    java.time.LocalDate.of(2025, 7, 1), null, List.of()));
            f.permittedUnits.add(id);
            f.cases.add(new Case(id, ReportEngineTest.Q1_2026.from(), null, null, false, null));
        }
        ReportEngine engine = f.engine();
        PeriodReport report = engine.report(f.user, PROVINCE, ReportEngineTest.Q1_2026, null);
        try (PDDocument pdf = Loader.loadPDF(export(engine, report, ReportFormat.PDF))) {
            assertTrue(pdf.getNumberOfPages() >= 2, "pages: " + pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Xã Thử Nghiệm Số 59"), text);
            assertTrue(text.contains("Tổng cộng 60"), text);
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }
}
