package org.danvan.platform.export.api;

import java.util.List;
import java.util.Objects;

/** One block of an {@link ExportDocument}. */
public sealed interface ExportBlock {

    /** Horizontal alignment of a paragraph. */
    enum Align {
        LEFT, CENTER, RIGHT
    }

    /**
     * A paragraph, wrapped to the page width in a PDF.
     *
     * @param text the text, translated
     * @param size font size in points (6 to 40)
     * @param bold bold face
     * @param align alignment
     */
    record Paragraph(String text, float size, boolean bold, Align align) implements ExportBlock {

        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(align, "align");
            if (size < 6 || size > 40) {
                throw new IllegalArgumentException("font size " + size);
            }
        }
    }

    /**
     * A table. Cells hold {@code String}, {@link Number}, {@link java.time.LocalDate} or {@code null} (empty); a
     * column's {@link ExportColumn.Kind} says how its cells are shown.
     *
     * @param columns the columns
     * @param rows the rows, each with one cell per column
     * @param totalLabel when not {@code null}, a total row with this label in the first column and the sums of the
     *            numeric columns
     */
    record Table(List<ExportColumn> columns, List<List<Object>> rows, String totalLabel) implements ExportBlock {

        public Table {
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table needs columns");
            }
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                    .toList();
            for (List<Object> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size()
                            + " columns");
                }
            }
        }
    }

    /**
     * A QR code of a text, typically an address a reader opens with a phone camera: centred in a PDF, with the text
     * in small type under it; a workbook shows the text only.
     *
     * @param text what the code holds: 1 to {@value #MAX_LENGTH} characters
     * @param size the code's side in points, {@value #MIN_SIZE} to {@value #MAX_SIZE} (a side of 100 points is
     *            3.5 cm)
     * @since 1.1.0
     */
    record QrCode(String text, float size) implements ExportBlock {

        public static final int MAX_LENGTH = 500;
        public static final float MIN_SIZE = 60;
        public static final float MAX_SIZE = 300;

        public QrCode {
            Objects.requireNonNull(text, "text");
            if (text.isEmpty() || text.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("a QR code holds 1 to " + MAX_LENGTH + " characters");
            }
            if (size < MIN_SIZE || size > MAX_SIZE) {
                throw new IllegalArgumentException("QR code size " + size);
            }
        }
    }

    /** Vertical space, in points. */
    record Space(float points) implements ExportBlock {
    }

    /** The rest starts on a new page (a new sheet is not started in a workbook). */
    record PageBreak() implements ExportBlock {
    }
}
