package org.danvan.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.danvan.reports.api.PeriodReport;
import org.danvan.reports.api.ReportRow;

/**
 * Writes a report as a PDF on A4 landscape pages. The standard 14 PDF fonts have no Vietnamese letters, so DejaVu
 * Sans (Bitstream Vera licence, which allows embedding; shipped in this bundle under {@code fonts/}) is embedded as a
 * subset. Long tables continue on further pages under a repeated header.
 */
final class PdfReportWriter {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float ROW_HEIGHT = 18;
    private static final float HEADER_HEIGHT = 30;
    private static final float FONT_SIZE = 10;
    private static final float[] WIDTHS = { 36, 286, 88, 88, 88, 88, 96 };

    private final FileTexts texts;

    PdfReportWriter(FileTexts texts) {
        this.texts = texts;
    }

    void write(PeriodReport report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = font(document, "fonts/DejaVuSans.ttf");
            PDType0Font bold = font(document, "fonts/DejaVuSans-Bold.ttf");
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(texts.text("reports.file.title") + " — " + report.unitName());
            info.setCreator("DanVan");

            List<String> headings = new ArrayList<>(List.of(texts.text("reports.column.number"),
                    texts.text("reports.column.unit")));
            ReportColumns.ALL.forEach(c -> headings.add(texts.text(c.labelKey())));

            Page page = new Page(document, regular, bold);
            try {
                page.centered(texts.text("reports.file.title"), bold, 12);
                page.centered(texts.text("reports.file.unit", report.unitName()), bold, 11);
                page.centered(texts.text("reports.file.period", texts.period(report.period())), regular, 10);
                page.centered(texts.text(report.period().legalBasisKey()), regular, 9);
                page.skip(8);
                page.header(headings);
                int number = 1;
                for (ReportRow line : report.lines()) {
                    if (page.full()) {
                        page.close();
                        page = new Page(document, regular, bold);
                        page.header(headings);
                    }
                    page.row(cells(String.valueOf(number++), line), regular);
                }
                if (page.full()) {
                    page.close();
                    page = new Page(document, regular, bold);
                    page.header(headings);
                }
                page.row(cells("", report.total()), bold);
                page.skip(12);
                page.centered(texts.text("reports.file.produced", FileTexts.day(report.producedOn())), regular, 10);
            } finally {
                page.close();
            }
            document.save(out);
        }
    }

    private static List<String> cells(String number, ReportRow line) {
        List<String> cells = new ArrayList<>(List.of(number, line.label()));
        ReportColumns.ALL.forEach(c -> cells.add(String.format("%,d", c.of(line.counts())).replace(',', '.')));
        return cells;
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfReportWriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing from the bundle: " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }

    /** One page being drawn, top to bottom. */
    private static final class Page {
        private final PDPageContentStream content;
        private final PDType0Font bold;
        private float y = PAGE.getHeight() - MARGIN;

        Page(PDDocument document, PDType0Font regular, PDType0Font bold) throws IOException {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            this.content = new PDPageContentStream(document, page);
            this.bold = bold;
            content.setLineWidth(0.5f);
        }

        boolean full() {
            return y - ROW_HEIGHT < MARGIN + ROW_HEIGHT;
        }

        void skip(float points) {
            y -= points;
        }

        void centered(String text, PDType0Font font, float size) throws IOException {
            float width = PAGE.getWidth() - 2 * MARGIN;
            String fitted = fit(text, font, size, width);
            float x = MARGIN + (width - textWidth(fitted, font, size)) / 2;
            y -= size + 6;
            show(fitted, font, size, x, y);
        }

        void header(List<String> headings) throws IOException {
            float x = MARGIN;
            for (int i = 0; i < headings.size(); i++) {
                content.addRect(x, y - HEADER_HEIGHT, WIDTHS[i], HEADER_HEIGHT);
                List<String> words = wrap(headings.get(i), bold, FONT_SIZE - 1, WIDTHS[i] - 6);
                float lineY = y - 12;
                for (String line : words) {
                    float lx = x + (WIDTHS[i] - textWidth(line, bold, FONT_SIZE - 1)) / 2;
                    show(line, bold, FONT_SIZE - 1, lx, lineY);
                    lineY -= FONT_SIZE + 1;
                }
                x += WIDTHS[i];
            }
            content.stroke();
            y -= HEADER_HEIGHT;
        }

        void row(List<String> cells, PDType0Font font) throws IOException {
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                content.addRect(x, y - ROW_HEIGHT, WIDTHS[i], ROW_HEIGHT);
                String text = fit(cells.get(i), font, FONT_SIZE, WIDTHS[i] - 8);
                float tx = i == 1 ? x + 4 : x + WIDTHS[i] - 4 - textWidth(text, font, FONT_SIZE);
                show(text, font, FONT_SIZE, tx, y - ROW_HEIGHT + 5);
                x += WIDTHS[i];
            }
            content.stroke();
            y -= ROW_HEIGHT;
        }

        void close() throws IOException {
            content.close();
        }

        private void show(String text, PDType0Font font, float size, float x, float baseline) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }
    }

    static float textWidth(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text, shortened with an ellipsis when it is wider than the space. */
    static String fit(String text, PDType0Font font, float size, float width) {
        if (textWidth(text, font, size) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && textWidth(shortened + "…", font, size) > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }

    /** The text broken into lines at spaces, at most two, each fitted to the width. */
    static List<String> wrap(String text, PDType0Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (current.isEmpty() || textWidth(candidate, font, size) <= width) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        lines.add(current.toString());
        if (lines.size() > 2) {
            lines = new ArrayList<>(List.of(lines.get(0), String.join(" ", lines.subList(1, lines.size()))));
        }
        return lines.stream().map(l -> fit(l, font, size, width)).toList();
    }
}
