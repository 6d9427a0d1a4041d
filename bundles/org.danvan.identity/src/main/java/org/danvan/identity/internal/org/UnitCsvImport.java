package org.danvan.identity.internal.org;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.identity.api.NewUnit;
import org.danvan.identity.api.UnitImportReport;
import org.danvan.platform.api.validation.Violation;

/**
 * Reads and validates a CSV of units as a whole: {@code code,name,kind,parent_code,valid_from}. Nothing is stored
 * here; the plan either lists every line to create, or a report with every wrong line.
 */
final class UnitCsvImport {

    static final List<String> HEADER = List.of("code", "name", "kind", "parent_code", "valid_from");
    /** A whole country is ~70,000 units; a larger file is a mistake. */
    static final int MAX_LINES = 100_000;
    private static final int MAX_CHARS = 32 * 1024 * 1024;

    /** A valid line, cleaned. */
    record Line(int line, String code, String name, String kind, String parentCode, LocalDate validFrom) {
    }

    /** The outcome of validation. */
    record Plan(UnitImportReport report, List<Line> lines, Set<Long> existingParentIds, boolean createsRoots) {
    }

    private UnitCsvImport() {
    }

    private static Plan refused(int linesRead, List<UnitImportReport.LineError> errors) {
        return new Plan(new UnitImportReport(linesRead, 0, errors), List.of(), Set.of(), false);
    }

    private static UnitImportReport.LineError error(int line, String column, String key, Object... args) {
        return new UnitImportReport.LineError(line,
                Violation.of(column == null ? "line " + line : "line " + line + ": " + column, key, args));
    }

    static Plan plan(Reader csv, OrgUnitSnapshot snapshot, LocalDate today) {
        String text;
        try {
            text = read(csv);
        } catch (IOException e) {
            return refused(0, List.of(error(0, null, "identity.import.unreadable")));
        }
        if (text == null) {
            return refused(0, List.of(error(0, null, "identity.import.too-many-lines", MAX_LINES)));
        }
        CsvReader.Result parsed = CsvReader.parse(text);
        List<UnitImportReport.LineError> errors = new ArrayList<>();
        parsed.problems().forEach(p -> errors.add(error(p.line(), null, p.messageKey())));
        List<CsvReader.Row> rows = parsed.rows().stream()
                .filter(r -> r.fields().stream().anyMatch(f -> !f.isBlank())).toList();
        if (rows.isEmpty() && errors.isEmpty()) {
            return refused(0, List.of(error(1, null, "identity.import.empty")));
        }
        if (rows.isEmpty() || !rows.get(0).fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList()
                .equals(HEADER)) {
            int line = rows.isEmpty() ? 1 : rows.get(0).line();
            errors.add(0, error(line, null, "identity.import.header.invalid"));
            return refused(Math.max(0, rows.size() - 1), errors);
        }
        List<CsvReader.Row> data = rows.subList(1, rows.size());
        if (data.size() > MAX_LINES) {
            return refused(data.size(), List.of(error(0, null, "identity.import.too-many-lines", MAX_LINES)));
        }
        Map<String, Integer> firstLineOfCode = new HashMap<>();
        Map<String, UnitDraftCheck.ParentRef> fromFile = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        Set<Long> existingParents = new LinkedHashSet<>();
        boolean roots = false;
        for (CsvReader.Row row : data) {
            int n = row.line();
            if (row.fields().size() != HEADER.size()) {
                errors.add(error(n, null, "identity.import.columns", HEADER.size(), row.fields().size()));
                continue;
            }
            List<String> f = row.fields().stream().map(String::strip).toList();
            List<Violation> violations = new ArrayList<>();
            LocalDate validFrom = today;
            if (!f.get(4).isEmpty()) {
                try {
                    validFrom = LocalDate.parse(f.get(4));
                } catch (DateTimeParseException e) {
                    validFrom = null;
                    violations.add(Violation.of("line " + n + ": valid_from", "identity.unit.valid-from.invalid",
                            f.get(4)));
                }
            }
            NewUnit draft = new NewUnit(f.get(0), f.get(1), f.get(2), f.get(3).isEmpty() ? null : f.get(3),
                    validFrom == null ? today : validFrom);
            String field = "line " + n + ": ";
            violations.addAll(0, UnitDraftCheck.check(draft, field, code -> {
                UnitDraftCheck.ParentRef earlier = fromFile.get(code);
                return earlier != null ? Optional.of(earlier) : UnitDraftCheck.existing(snapshot).apply(code);
            }, code -> {
                Integer first = firstLineOfCode.get(code);
                if (first != null) {
                    return Optional.of(Violation.of(field + "code", "identity.import.code.duplicate", code, first));
                }
                return UnitDraftCheck.takenIn(snapshot, field).apply(code);
            }, false));
            String code = f.get(0);
            firstLineOfCode.putIfAbsent(code, n);
            if (!violations.isEmpty()) {
                violations.forEach(v -> errors.add(new UnitImportReport.LineError(n, v)));
                continue;
            }
            fromFile.put(code, new UnitDraftCheck.ParentRef(n, f.get(2), true));
            String parentCode = draft.parentCode();
            if (parentCode == null) {
                roots = true;
            } else {
                // a parent from an earlier line is created by this import; an existing one needs the actor's right
                snapshot.findByCode(parentCode).ifPresent(p -> existingParents.add(p.id()));
            }
            lines.add(new Line(n, code, f.get(1), f.get(2), parentCode, draft.validFrom()));
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return refused(data.size(), errors);
        }
        return new Plan(new UnitImportReport(data.size(), lines.size(), List.of()), lines, existingParents, roots);
    }

    /** The whole text, or {@code null} when it is larger than any sensible import. */
    private static String read(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int read;
        while ((read = reader.read(buffer)) != -1) {
            text.append(buffer, 0, read);
            if (text.length() > MAX_CHARS) {
                return null;
            }
        }
        return text.toString();
    }
}
