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

    /** Vertical space, in points. */
    record Space(float points) implements ExportBlock {
    }

    /** The rest starts on a new page (a new sheet is not started in a workbook). */
    record PageBreak() implements ExportBlock {
    }
}
