package org.danvan.platform.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportColumn;
import org.danvan.platform.export.api.ExportDocument;
import org.junit.jupiter.api.Test;

class DocumentExporterServiceTest {

    private final DocumentExporterService exporter = new DocumentExporterService();

    private static ExportDocument document(int rows) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Xã Tiên Du", 12, 0.75, LocalDate.of(2026, 7, 1)));
        lines.add(List.of("=HYPERLINK(\"http://x\",\"bấm\")", 3, 0.5, LocalDate.of(2026, 7, 2)));
        for (int i = 0; i < rows; i++) {
            lines.add(List.of("Thôn Đông Xá số " + i, i, 0.1, LocalDate.of(2026, 1, 1).plusDays(i)));
        }
        return ExportDocument.titled("Báo cáo công khai quý III/2026").heading()
                .paragraph("Đơn vị: Xã Tiên Du, tỉnh Bắc Ninh — kỳ báo cáo từ 01/07/2026 đến 30/09/2026.")
                .add(new ExportBlock.Table(List.of(ExportColumn.text("Đơn vị", 30), ExportColumn.integer("Số việc"),
                        ExportColumn.percent("Đúng hạn"), ExportColumn.date("Ngày")), lines, "Tổng cộng"))
                .add(new ExportBlock.Space(12))
                .paragraph("Người lập biểu: Nguyễn Văn An").build();
    }

    @Test
    void aWorkbookKeepsNumbersAndDatesTypedAndNeverTakesUserTextForAFormula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.xlsx(document(3), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Báo cáo công khai quý III/2026", sheet.getRow(0).getCell(0).getStringCellValue());
            Row header = sheet.getRow(2);
            assertEquals("Số việc", header.getCell(1).getStringCellValue());
            Row first = sheet.getRow(3);
            assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
            assertEquals(12, first.getCell(1).getNumericCellValue());
            assertEquals(LocalDate.of(2026, 7, 1), first.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            Row hostile = sheet.getRow(4);
            assertEquals(CellType.STRING, hostile.getCell(0).getCellType());
            assertTrue(hostile.getCell(0).getCellStyle().getQuotePrefixed(), "a formula-looking text is quoted");
            Row total = sheet.getRow(3 + 5);
            assertEquals("Tổng cộng", total.getCell(0).getStringCellValue());
            assertEquals(CellType.FORMULA, total.getCell(1).getCellType());
            assertEquals(12 + 3 + 0 + 1 + 2, total.getCell(1).getNumericCellValue());
            assertEquals(CellType.STRING, total.getCell(2).getCellType(), "percentages are not added up");
        }
    }

    @Test
    void aPdfShowsVietnameseAndContinuesALongTableUnderItsHeaderWithPageNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.pdf(document(120), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(pdf.getNumberOfPages() >= 3, "pages: " + pdf.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(pdf);
            assertTrue(all.contains("Báo cáo công khai quý III/2026"), all.substring(0, 200));
            assertTrue(all.contains("Thôn Đông Xá số 119"));
            assertTrue(all.contains("Người lập biểu: Nguyễn Văn An"));
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(pdf);
            assertTrue(second.contains("Số việc"), "the header is repeated on page 2");
            assertTrue(second.contains("2 / " + pdf.getNumberOfPages()), second);
            assertTrue(all.contains("7.155"), "the total with the Vietnamese thousands separator");
        }
    }

    @Test
    void controlCharactersAndOverlongWordsDoNotBreakTheLayout() throws IOException {
        String word = "a".repeat(400);
        ExportDocument document = ExportDocument.titled("Kiểm tra\u0007").paragraph("dòng 1\ndòng 2\tcột\u0000 " + word)
                .add(new ExportBlock.Table(List.of(ExportColumn.text("Nội dung", 10)),
                        List.of(List.of(word)), null)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.pdf(document, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("dòng 2 cột"), text);
            assertFalse(text.contains("\u0007"));
        }
        exporter.xlsx(document, new ByteArrayOutputStream());
    }

    @Test
    void aQrCodeInAPdfDecodesToItsTextAfterPrintResolutionRenderingAndAWorkbookShowsTheText() throws Exception {
        String address = "https://danvan.bacninh.gov.vn/tra-cuu?ma=7KQ2-M9XD-4HT8B";
        ExportDocument document = ExportDocument.titled("Phiếu tiếp nhận").heading().paragraph("Số: 2026/000042")
                .add(new ExportBlock.QrCode(address, 100)).paragraph("Giữ phiếu này để tra cứu.").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.pdf(document, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(pdf).contains(address), "the address is printed under the code");
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(pdf)
                    .renderImageWithDPI(0, 150, org.apache.pdfbox.rendering.ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            com.google.zxing.Result decoded = new com.google.zxing.qrcode.QRCodeReader().decode(
                    new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                            new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                    java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE));
            assertEquals(address, decoded.getText());
        }
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        exporter.xlsx(document, workbook);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.toByteArray()))) {
            assertEquals(address, read.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
        }
        assertThrows(IllegalArgumentException.class, () -> new ExportBlock.QrCode("", 100));
        assertThrows(IllegalArgumentException.class, () -> new ExportBlock.QrCode("x".repeat(501), 100));
        assertThrows(IllegalArgumentException.class, () -> new ExportBlock.QrCode("x", 20));
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ExportBlock.Table(
                List.of(ExportColumn.text("A", 10), ExportColumn.integer("B")), List.of(List.of("x")), null));
    }
}
