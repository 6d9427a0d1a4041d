package org.danvan.platform.export.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportColumn;
import org.danvan.platform.export.api.ExportDocument;

import com.google.zxing.common.BitMatrix;

/**
 * Lays a document out on A4 pages. The standard PDF fonts have no Vietnamese letters, so DejaVu Sans (Bitstream Vera
 * licence, which allows embedding; in this bundle under {@code fonts/}) is embedded as a subset. Paragraphs and cells
 * wrap; a table continues on the next page under its header again; every page is numbered at its foot.
 */
final class PdfDocumentWriter {

    private static final float MARGIN = 40;
    private static final float CELL_PADDING = 3;
    private static final float TABLE_FONT = 9;
    private static final float LEADING = 1.3f;

    void write(ExportDocument document, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            Fonts fonts = new Fonts(font(pdf, "fonts/DejaVuSans.ttf"), font(pdf, "fonts/DejaVuSans-Bold.ttf"));
            pdf.getDocumentInformation().setTitle(CellText.clean(document.title()));
            pdf.getDocumentInformation().setCreator("DanVan");
            PDRectangle size = document.landscape() ? new PDRectangle(PDRectangle.A4.getHeight(),
                    PDRectangle.A4.getWidth()) : PDRectangle.A4;
            Layout layout = new Layout(pdf, size, fonts);
            try {
                for (ExportBlock block : document.blocks()) {
                    if (block instanceof ExportBlock.Paragraph paragraph) {
                        layout.paragraph(paragraph);
                    } else if (block instanceof ExportBlock.Table table) {
                        layout.table(table);
                    } else if (block instanceof ExportBlock.Space space) {
                        layout.skip(space.points());
                    } else if (block instanceof ExportBlock.QrCode code) {
                        layout.qrCode(code);
                    } else if (block instanceof ExportBlock.PageBreak) {
                        layout.newPage();
                    }
                }
            } finally {
                layout.close();
            }
            numberPages(pdf, fonts);
            pdf.save(out);
        }
    }

    private static void numberPages(PDDocument pdf, Fonts fonts) throws IOException {
        int total = pdf.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = pdf.getPage(i);
            String text = (i + 1) + " / " + total;
            float width = fonts.regular().getStringWidth(text) / 1000 * 8;
            try (PDPageContentStream stream = new PDPageContentStream(pdf, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                stream.beginText();
                stream.setFont(fonts.regular(), 8);
                stream.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, MARGIN / 2);
                stream.showText(text);
                stream.endText();
            }
        }
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfDocumentWriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing from the bundle: " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }

    record Fonts(PDType0Font regular, PDType0Font bold) {
    }

    /** The current page and the pen's height on it. */
    private static final class Layout {

        private final PDDocument pdf;
        private final PDRectangle size;
        private final Fonts fonts;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument pdf, PDRectangle size, Fonts fonts) throws IOException {
            this.pdf = pdf;
            this.size = size;
            this.fonts = fonts;
            newPage();
        }

        float width() {
            return size.getWidth() - 2 * MARGIN;
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(size);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = size.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }

        void skip(float points) throws IOException {
            if (y - points < MARGIN) {
                newPage();
            } else {
                y -= points;
            }
        }

        void paragraph(ExportBlock.Paragraph paragraph) throws IOException {
            PDType0Font font = paragraph.bold() ? fonts.bold() : fonts.regular();
            float line = paragraph.size() * LEADING;
            for (String text : wrap(CellText.clean(paragraph.text()), font, paragraph.size(), width())) {
                if (y - line < MARGIN) {
                    newPage();
                }
                y -= line;
                float textWidth = font.getStringWidth(text) / 1000 * paragraph.size();
                float x = switch (paragraph.align()) {
                    case LEFT -> MARGIN;
                    case CENTER -> MARGIN + (width() - textWidth) / 2;
                    case RIGHT -> MARGIN + width() - textWidth;
                };
                show(text, font, paragraph.size(), x, y + paragraph.size() * 0.25f);
            }
            y -= paragraph.size() * 0.4f;
        }

        /** The code as filled squares (vector, sharp at any print size), a quiet zone of 4 modules, its text under it. */
        void qrCode(ExportBlock.QrCode code) throws IOException {
            BitMatrix matrix = QrMatrix.of(code.text());
            float module = code.size() / (matrix.getWidth() + 8);
            float caption = 8 * LEADING * wrap(CellText.clean(code.text()), fonts.regular(), 8, width()).size();
            if (y - code.size() - caption < MARGIN) {
                newPage();
            }
            float left = MARGIN + (width() - code.size()) / 2 + 4 * module;
            float top = y - 4 * module;
            stream.setNonStrokingColor(0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        stream.addRect(left + column * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            stream.fill();
            y -= code.size();
            paragraph(new ExportBlock.Paragraph(code.text(), 8, false, ExportBlock.Align.CENTER));
        }

        void table(ExportBlock.Table table) throws IOException {
            List<ExportColumn> columns = table.columns();
            float[] widths = new float[columns.size()];
            int shares = columns.stream().mapToInt(ExportColumn::width).sum();
            for (int i = 0; i < widths.length; i++) {
                widths[i] = width() * columns.get(i).width() / shares;
            }
            List<String> headers = columns.stream().map(ExportColumn::header).toList();
            row(headers, widths, fonts.bold(), true);
            for (List<Object> values : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    cells.add(CellText.of(values.get(i), columns.get(i).kind()));
                }
                if (rowHeight(cells, widths, fonts.regular()) > y - MARGIN) {
                    newPage();
                    row(headers, widths, fonts.bold(), true);
                }
                row(cells, widths, fonts.regular(), false);
            }
            if (table.totalLabel() != null) {
                List<String> total = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    ExportColumn column = columns.get(i);
                    if (i == 0) {
                        total.add(table.totalLabel());
                    } else if (column.isSummed()) {
                        final int index = i;
                        double sum = table.rows().stream().map(r -> r.get(index)).filter(Number.class::isInstance)
                                .mapToDouble(v -> ((Number) v).doubleValue()).sum();
                        total.add(column.kind() == ExportColumn.Kind.INTEGER ? CellText.integer(Math.round(sum))
                                : CellText.decimal(sum));
                    } else {
                        total.add("");
                    }
                }
                if (rowHeight(total, widths, fonts.bold()) > y - MARGIN) {
                    newPage();
                    row(headers, widths, fonts.bold(), true);
                }
                row(total, widths, fonts.bold(), false);
            }
            y -= TABLE_FONT;
        }

        private float rowHeight(List<String> cells, float[] widths, PDType0Font font) throws IOException {
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                lines = Math.max(lines, wrap(cells.get(i), font, TABLE_FONT, widths[i] - 2 * CELL_PADDING).size());
            }
            return lines * TABLE_FONT * LEADING + 2 * CELL_PADDING;
        }

        private void row(List<String> cells, float[] widths, PDType0Font font, boolean header) throws IOException {
            float height = rowHeight(cells, widths, font);
            if (height > y - MARGIN) {
                newPage();
            }
            float top = y;
            float x = MARGIN;
            if (header) {
                stream.setNonStrokingColor(0.88f, 0.88f, 0.88f);
                stream.addRect(MARGIN, top - height, width(), height);
                stream.fill();
                stream.setNonStrokingColor(0f, 0f, 0f);
            }
            for (int i = 0; i < cells.size(); i++) {
                stream.addRect(x, top - height, widths[i], height);
                stream.stroke();
                float lineY = top - CELL_PADDING - TABLE_FONT;
                for (String line : wrap(cells.get(i), font, TABLE_FONT, widths[i] - 2 * CELL_PADDING)) {
                    show(line, font, TABLE_FONT, x + CELL_PADDING, lineY);
                    lineY -= TABLE_FONT * LEADING;
                }
                x += widths[i];
            }
            y = top - height;
        }

        private void show(String text, PDType0Font font, float size, float x, float baseline) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        }

        /** Lines of at most {@code width} points: words moved down, a word longer than a line cut. */
        static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (font.getStringWidth(candidate) / 1000 * size <= width) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    String rest = word;
                    while (font.getStringWidth(rest) / 1000 * size > width && rest.length() > 1) {
                        int cut = rest.length() - 1;
                        while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
                            cut--;
                        }
                        lines.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                    line.append(rest);
                }
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
