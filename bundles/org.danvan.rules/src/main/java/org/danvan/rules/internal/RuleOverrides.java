package org.danvan.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.danvan.calendar.api.DayUnit;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.rules.api.ExtensionPolicy;
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.StatutoryRule;

/**
 * Administrator overrides of configurable rows, read from the configuration PID {@value #PID}
 * ({@code etc/org.danvan.rules.cfg}):
 * <pre>
 * complaint.accept.limit = 10
 * complaint.accept.unit = WORKING_DAYS
 * info.inperson.provide.extension.days = 15
 * grassroots.board.members.limit = 7
 * </pre>
 * For a figure row (a quorum, a number of members, a period) {@code .limit} is its value, any non-negative number.
 * An override applies to every configurable row of the rule id (at least one must be); its confirmed rows keep their
 * figures. Keys of the framework
 * ({@code service.*}, {@code component.*}, {@code felix.*}, {@code osgi.*}) are ignored; any other key must be
 * valid, or the whole configuration is refused — a half-applied configuration would give wrong deadlines silently.
 */
public final class RuleOverrides {

    /** The configuration PID. */
    public static final String PID = "org.danvan.rules";

    private static final String LIMIT = "limit";
    private static final String UNIT = "unit";
    private static final String EXTENSION_DAYS = "extension.days";
    private static final int MAX_DAYS = 3650;
    private static final Set<String> FRAMEWORK_PREFIXES = Set.of("service.", "component.", "felix.", "osgi.");

    private final Map<String, Setting> byId;
    private final Map<String, BigDecimal> figureValues;

    private RuleOverrides(Map<String, Setting> byId, Map<String, BigDecimal> figureValues) {
        this.byId = Map.copyOf(byId);
        this.figureValues = Map.copyOf(figureValues);
    }

    /** No override. */
    public static RuleOverrides none() {
        return new RuleOverrides(Map.of(), Map.of());
    }

    /**
     * Reads and checks a configuration against the rows it will apply to.
     *
     * @param properties the configuration (string or number values)
     * @param rows the bundled rows
     * @return the overrides
     * @throws ValidationException listing every invalid entry (translation keys {@code rules.config.*})
     */
    public static RuleOverrides parse(Map<String, ?> properties, List<StatutoryRule> rows) {
        return parse(properties, rows, Set.of());
    }

    /**
     * Reads and checks a configuration against the rows it will apply to, leaving aside keys of rules that are not
     * (yet) in the table and whose first id segment is not reserved — the rows of a module that is not installed.
     *
     * @param properties the configuration (string or number values)
     * @param rows the rows in the table now
     * @param reserved first id segments of the core table ({@code complaint}, {@code info}, …): a key under them
     *            naming no row is a mistake and refused
     * @return the overrides of the rows present
     * @throws ValidationException listing every invalid entry (translation keys {@code rules.config.*})
     */
    public static RuleOverrides parse(Map<String, ?> properties, List<StatutoryRule> rows, Set<String> reserved) {
        return parse(properties, rows, List.of(), reserved);
    }

    /**
     * Like {@link #parse(Map, List, Set)}, with the figure rows too: {@code <figure id>.limit} sets the value of the
     * configurable rows of a figure (a non-negative number; the unit stays).
     *
     * @param figures the figure rows in the table now
     */
    public static RuleOverrides parse(Map<String, ?> properties, List<StatutoryRule> rows, List<RuleFigure> figures,
            Set<String> reserved) {
        Map<String, List<RuleFigure>> figuresById = figures.stream()
                .collect(Collectors.groupingBy(RuleFigure::id, TreeMap::new, Collectors.toList()));
        Map<String, BigDecimal> figureValues = new TreeMap<>();
        Map<String, List<StatutoryRule>> rowsById = rows.stream()
                .collect(Collectors.groupingBy(StatutoryRule::id, TreeMap::new, Collectors.toList()));
        Map<String, Setting> result = new TreeMap<>();
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, ?> entry : new TreeMap<>(properties).entrySet()) {
            String key = entry.getKey();
            if (FRAMEWORK_PREFIXES.stream().anyMatch(key::startsWith)) {
                continue;
            }
            String id = null;
            for (String candidate : rowsById.keySet()) {
                if (key.startsWith(candidate + ".") && (id == null || candidate.length() > id.length())) {
                    id = candidate;
                }
            }
            if (id == null && figuresById.containsKey(key.substring(0, Math.max(key.lastIndexOf('.'), 0)))) {
                String figureId = key.substring(0, key.lastIndexOf('.'));
                if (!key.endsWith("." + LIMIT)) {
                    violations.add(Violation.of(key, "rules.config.unknownSetting", key));
                } else if (figuresById.get(figureId).stream().noneMatch(RuleFigure::configurable)) {
                    violations.add(Violation.of(key, "rules.config.notConfigurable", figureId));
                } else {
                    String value = String.valueOf(entry.getValue()).strip();
                    try {
                        BigDecimal figure = new BigDecimal(value);
                        if (figure.signum() < 0) {
                            throw new NumberFormatException(value);
                        }
                        figureValues.put(figureId, figure);
                    } catch (NumberFormatException e) {
                        violations.add(Violation.of(key, "rules.config.badFigure", value));
                    }
                }
                continue;
            }
            if (id == null) {
                int dot = key.indexOf('.');
                if (reserved.isEmpty() || reserved.contains(dot < 0 ? key : key.substring(0, dot))) {
                    violations.add(Violation.of(key, "rules.config.unknownRule", key));
                }
                continue;
            }
            String setting = key.substring(id.length() + 1);
            if (!Set.of(LIMIT, UNIT, EXTENSION_DAYS).contains(setting)) {
                violations.add(Violation.of(key, "rules.config.unknownSetting", key));
                continue;
            }
            // only the configurable rows of an id are overridden: a confirmed row in force for past events keeps
            // its figure (e.g. voter.answer: the confirmed 2017 row stays, the [verify] 2020 row may be overridden)
            List<StatutoryRule> ruleRows = rowsById.get(id).stream().filter(StatutoryRule::configurable).toList();
            if (ruleRows.isEmpty()) {
                violations.add(Violation.of(key, "rules.config.notConfigurable", id));
                continue;
            }
            String value = String.valueOf(entry.getValue()).strip();
            Setting current = result.getOrDefault(id, new Setting(null, null, null));
            switch (setting) {
                case LIMIT -> {
                    Integer days = days(value, key, violations);
                    result.put(id, new Setting(days, current.unit, current.extensionDays));
                }
                case UNIT -> {
                    try {
                        result.put(id, new Setting(current.limit, DayUnit.valueOf(value), current.extensionDays));
                    } catch (IllegalArgumentException e) {
                        violations.add(Violation.of(key, "rules.config.badUnit", value));
                    }
                }
                default -> {
                    if (ruleRows.stream().anyMatch(row -> row.extension().maxExtensions() == 0)) {
                        violations.add(Violation.of(key, "rules.config.noExtension", id));
                    } else {
                        Integer days = days(value, key, violations);
                        if (days != null && days == 0) {
                            violations.add(Violation.of(key, "rules.config.badDays", value, 1, MAX_DAYS));
                        } else {
                            result.put(id, new Setting(current.limit, current.unit, days));
                        }
                    }
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new RuleOverrides(result, figureValues);
    }

    /** The rule and figure ids that are overridden. */
    public Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>(byId.keySet());
        ids.addAll(figureValues.keySet());
        return ids;
    }

    /**
     * The figure rows with the overrides applied: a configurable row takes the configured value, a confirmed row
     * keeps its own.
     */
    public List<RuleFigure> applyFigures(List<RuleFigure> figures) {
        return figures.stream().map(f -> {
            BigDecimal value = figureValues.get(f.id());
            return value == null || !f.configurable() ? f
                    : new RuleFigure(f.id(), f.effectiveFrom(), value, f.unit(), f.citation(), f.configurable());
        }).toList();
    }

    /**
     * The rows with the overrides applied.
     *
     * @param rows the bundled rows
     * @return new rows; rows without override are returned as they are
     */
    public List<StatutoryRule> apply(List<StatutoryRule> rows) {
        return rows.stream().map(this::apply).toList();
    }

    private StatutoryRule apply(StatutoryRule row) {
        Setting o = byId.get(row.id());
        if (o == null || !row.configurable()) {
            return row;
        }
        ExtensionPolicy extension = row.extension();
        if (o.extensionDays != null) {
            extension = new ExtensionPolicy(extension.maxExtensions(), o.extensionDays, extension.unit(),
                    extension.requiresComplex(), extension.extensionsByVariant());
        }
        return new StatutoryRule(row.id(), row.effectiveFrom(), o.limit == null ? row.limit() : o.limit,
                o.unit == null ? row.unit() : o.unit, row.variantLimits(), extension, row.citation(),
                row.configurable());
    }

    private static Integer days(String value, String key, List<Violation> violations) {
        try {
            int days = Integer.parseInt(value);
            if (days >= 0 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(Violation.of(key, "rules.config.badDays", value, 0, MAX_DAYS));
        return null;
    }

    /** One rule's overridden settings; null = as shipped. */
    private record Setting(Integer limit, DayUnit unit, Integer extensionDays) {
    }
}
