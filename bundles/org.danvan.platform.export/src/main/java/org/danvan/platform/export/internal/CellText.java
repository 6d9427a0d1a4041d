package org.danvan.platform.export.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.danvan.platform.export.api.ExportColumn;

/** How a cell reads on paper: Vietnamese number and date conventions (1.234,5; 25%; 01/07/2026). */
final class CellText {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CellText() {
    }

    static String of(Object value, ExportColumn.Kind kind) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> clean(String.valueOf(value));
            case INTEGER -> value instanceof Number n ? integer(n) : clean(String.valueOf(value));
            case DECIMAL -> value instanceof Number n ? decimal(n) : clean(String.valueOf(value));
            case PERCENT -> value instanceof Number n ? percent(n) : clean(String.valueOf(value));
            case DATE -> value instanceof LocalDate d ? DAY.format(d) : clean(String.valueOf(value));
        };
    }

    static String integer(Number n) {
        NumberFormat format = NumberFormat.getIntegerInstance(VIETNAMESE);
        return format.format(n instanceof BigDecimal b ? b : n.longValue());
    }

    static String decimal(Number n) {
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(n.doubleValue());
    }

    static String percent(Number n) {
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(1);
        return format.format(n.doubleValue() * 100) + "%";
    }

    /** Control characters other than line breaks removed (they break PDF fonts and confuse spreadsheets). */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t') {
                out.append(' ');
            } else if (c == '\n' || !Character.isISOControl(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replace("\r", "");
    }

    /** A text a spreadsheet would take as a formula, or as a command in an old CSV reader. */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }
}
