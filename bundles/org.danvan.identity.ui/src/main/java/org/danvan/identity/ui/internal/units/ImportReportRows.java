package org.danvan.identity.ui.internal.units;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.danvan.identity.api.UnitImportReport;
import org.danvan.platform.ui.kit.Translate;

/** The refused lines of a CSV import as rows of a table: line, column, translated problem. */
final class ImportReportRows {

    /** One row of the report table. */
    record Row(int line, String column, String problem) {
    }

    /** {@code line 12: parent_code} or {@code line 12}. */
    private static final Pattern FIELD = Pattern.compile("\\s*line\\s+\\d+\\s*(?::\\s*(.*))?", Pattern.CASE_INSENSITIVE);

    private ImportReportRows() {
    }

    static List<Row> rows(UnitImportReport report, Translate translate) {
        return report.errors().stream()
                .map(error -> new Row(error.line(), columnOf(error.violation().field()),
                        translate.text(error.violation().messageKey(), error.violation().args().toArray())))
                .toList();
    }

    /** How many lines were refused (a line may break several rules). */
    static long refusedLines(UnitImportReport report) {
        return report.errors().stream().mapToInt(UnitImportReport.LineError::line).distinct().count();
    }

    /** The column a violation names, empty when it concerns the whole line. */
    static String columnOf(String field) {
        if (field == null) {
            return "";
        }
        Matcher m = FIELD.matcher(field);
        if (m.matches()) {
            return m.group(1) == null ? "" : m.group(1).strip();
        }
        return field.strip();
    }
}
