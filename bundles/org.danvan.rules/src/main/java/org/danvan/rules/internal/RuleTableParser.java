package org.danvan.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.danvan.calendar.api.DayUnit;
import org.danvan.rules.api.ExtensionPolicy;
import org.danvan.rules.api.FigureUnit;
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.StatutoryRule;
import org.danvan.rules.api.Variant;

/**
 * Reads the rule table from CSV ({@code rules/statutory-rules.csv} documents the columns), strictly: any error names
 * the source and line and nothing is loaded, because a silently skipped row would move legal deadlines.
 */
public final class RuleTableParser {

    /** The bundled rule table. */
    public static final String RESOURCE = "rules/statutory-rules.csv";

    private static final int COLUMNS = 12;
    private static final int MAX_DAYS = 3650;
    private static final Pattern ID = Pattern.compile("[a-z]+(\\.[a-z]+)+");
    private static final String NONE = "-";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_FIGURE = new BigDecimal("1000000000000");

    private RuleTableParser() {
    }

    /**
     * The time-limit rows shipped in the bundle (without its figure rows, see {@link #bundledRows()}).
     *
     * @return every time-limit row, in file order
     * @throws IllegalStateException if the file is missing
     * @throws IllegalArgumentException if it is invalid
     */
    public static List<StatutoryRule> bundled() {
        return bundledRows().rules();
    }

    /**
     * The rows shipped in the bundle: time limits and figures.
     *
     * @return every row, in file order
     * @throws IllegalStateException if the file is missing
     * @throws IllegalArgumentException if it is invalid
     */
    public static RuleRows bundledRows() {
        try (InputStream in = RuleTableParser.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bundle");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    /**
     * Parses time-limit rows; a file with figure rows must be read with {@link #read}.
     *
     * @param reader the CSV text
     * @param source a name for error messages
     * @return the rows in file order, unmodifiable
     * @throws IllegalArgumentException naming the source, line and fault, also for a figure row
     * @throws IOException if reading fails
     */
    public static List<StatutoryRule> parse(Reader reader, String source) throws IOException {
        RuleRows rows = read(reader, source);
        if (!rows.figures().isEmpty()) {
            throw new IllegalArgumentException(source + ": figure rows (" + rows.figures().get(0).id()
                    + ") are not allowed here");
        }
        return rows.rules();
    }

    /**
     * Parses time-limit and figure rows.
     *
     * @param reader the CSV text
     * @param source a name for error messages
     * @return the rows in file order, unmodifiable
     * @throws IllegalArgumentException naming the source, line and fault
     * @throws IOException if reading fails
     */
    public static RuleRows read(Reader reader, String source) throws IOException {
        List<StatutoryRule> rules = new ArrayList<>();
        List<RuleFigure> figures = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String where = source + " line " + number + ": ";
            String[] f = fields(content, where);
            String key;
            if (isFigureUnit(f[3])) {
                RuleFigure figure = figure(f, where);
                figures.add(figure);
                key = figure.id() + "@" + figure.effectiveFrom();
            } else {
                StatutoryRule rule = row(f, where);
                rules.add(rule);
                key = rule.id() + "@" + rule.effectiveFrom();
            }
            Integer previous = seen.putIfAbsent(key, number);
            if (previous != null) {
                throw new IllegalArgumentException(where + key.replace("@", " from ")
                        + " is already defined on line " + previous);
            }
        }
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(rule -> ruleIds.add(rule.id()));
        for (RuleFigure figure : figures) {
            if (ruleIds.contains(figure.id())) {
                throw new IllegalArgumentException(source + ": " + figure.id()
                        + " is both a time limit and a figure");
            }
        }
        return new RuleRows(rules, figures);
    }

    private static String[] fields(String content, String where) {
        String[] f = content.split(",", COLUMNS);
        if (f.length != COLUMNS) {
            throw new IllegalArgumentException(where + "expected " + COLUMNS + " fields but found " + f.length);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        if (!ID.matcher(f[0]).matches()) {
            throw new IllegalArgumentException(where + "rule id '" + f[0] + "' must be dotted lower-case words");
        }
        if (f[11].isEmpty()) {
            throw new IllegalArgumentException(where + "the citation is missing");
        }
        return f;
    }

    private static boolean isFigureUnit(String text) {
        for (FigureUnit unit : FigureUnit.values()) {
            if (unit.name().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static RuleFigure figure(String[] f, String where) {
        for (int i = 4; i <= 9; i++) {
            if (!NONE.equals(f[i])) {
                throw new IllegalArgumentException(where + "a figure row (unit " + f[3]
                        + ") has '-' in columns 5 to 10");
            }
        }
        BigDecimal value;
        try {
            value = new BigDecimal(f[2]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "the figure '" + f[2] + "' is not a number");
        }
        FigureUnit unit = FigureUnit.valueOf(f[3]);
        if (value.signum() < 0 || value.compareTo(MAX_FIGURE) > 0
                || unit == FigureUnit.PERCENT && value.compareTo(HUNDRED) > 0
                || unit != FigureUnit.PERCENT && value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(where + "the figure " + f[2] + " is out of range for " + unit
                    + " (a whole number, a percentage 0..100 with decimals)");
        }
        return new RuleFigure(f[0], date(f[1], where), value, unit, f[11], bool(f[10], where));
    }

    private static StatutoryRule row(String[] f, String where) {
        String id = f[0];
        LocalDate from = date(f[1], where);
        int limit = days(f[2], "limit", where);
        DayUnit unit = unit(f[3], where);
        Map<Set<Variant>, Integer> variantLimits = variantTable(f[4], "variant_limits", where);
        int maxExtensions = number(f[5], "ext_max", 0, 10, where);
        ExtensionPolicy extension;
        if (maxExtensions == 0) {
            for (int i = 6; i <= 9; i++) {
                if (!NONE.equals(f[i])) {
                    throw new IllegalArgumentException(where + "ext_max is 0, so columns 7 to 10 must be '-'");
                }
            }
            extension = ExtensionPolicy.NONE;
        } else {
            int daysEach = number(f[6], "ext_days_each", 1, MAX_DAYS, where);
            Map<Set<Variant>, Integer> byVariant = variantTable(f[8], "ext_by_variant", where);
            try {
                extension = new ExtensionPolicy(maxExtensions, daysEach, unit(f[7], where), bool(f[9], where),
                        byVariant);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        boolean configurable = bool(f[10], where);
        return new StatutoryRule(id, from, limit, unit, variantLimits, extension, f[11], configurable);
    }

    private static Map<Set<Variant>, Integer> variantTable(String text, String column, String where) {
        if (NONE.equals(text)) {
            return Map.of();
        }
        Map<Set<Variant>, Integer> table = new HashMap<>();
        for (String entry : text.split("\\s+")) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(where + column + " entry '" + entry + "' is not VARIANT=days");
            }
            EnumSet<Variant> key = EnumSet.noneOf(Variant.class);
            for (String name : entry.substring(0, eq).split("\\+")) {
                try {
                    key.add(Variant.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + column + ": unknown variant '" + name + "'");
                }
            }
            if (table.put(Set.copyOf(key), number(entry.substring(eq + 1), column, 0, MAX_DAYS, where)) != null) {
                throw new IllegalArgumentException(where + column + " lists " + key + " twice");
            }
        }
        return table;
    }

    private static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "'" + text + "' is not a date (yyyy-MM-dd)");
        }
    }

    private static int days(String text, String column, String where) {
        return number(text, column, 0, MAX_DAYS, where);
    }

    private static int number(String text, String column, int min, int max, String where) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw new IllegalArgumentException(where + column + " must be a whole number " + min + ".." + max
                + ", was '" + text + "'");
    }

    private static DayUnit unit(String text, String where) {
        try {
            return DayUnit.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    where + "unit must be CALENDAR_DAYS, WORKING_DAYS, PERCENT, COUNT, MONTHS, YEARS or VND, was '" + text + "'");
        }
    }

    private static boolean bool(String text, String where) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(where + "expected true or false, was '" + text + "'");
        };
    }
}
