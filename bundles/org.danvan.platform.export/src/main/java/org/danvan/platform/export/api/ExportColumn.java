package org.danvan.platform.export.api;

import java.util.Objects;

/**
 * A table column.
 *
 * @param header the header, translated
 * @param kind how the cells are shown
 * @param width relative width (characters in a workbook; shares of the page in a PDF), 2 to 100
 */
public record ExportColumn(String header, Kind kind, int width) {

    /** How cells of a column are shown. */
    public enum Kind {
        /** Text, never a formula. */
        TEXT,
        /** Whole numbers with Vietnamese thousands separators. */
        INTEGER,
        /** Numbers with two decimals. */
        DECIMAL,
        /** A fraction (0.25) shown as a percentage (25 %). */
        PERCENT,
        /** A day, dd/MM/yyyy. */
        DATE
    }

    public ExportColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        if (width < 2 || width > 100) {
            throw new IllegalArgumentException("width " + width);
        }
    }

    public static ExportColumn text(String header, int width) {
        return new ExportColumn(header, Kind.TEXT, width);
    }

    public static ExportColumn integer(String header) {
        return new ExportColumn(header, Kind.INTEGER, 12);
    }

    public static ExportColumn date(String header) {
        return new ExportColumn(header, Kind.DATE, 12);
    }

    public static ExportColumn percent(String header) {
        return new ExportColumn(header, Kind.PERCENT, 10);
    }

    /** Whether cells are numbers that a total row adds up. */
    public boolean isSummed() {
        return kind == Kind.INTEGER || kind == Kind.DECIMAL;
    }
}
