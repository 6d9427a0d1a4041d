package org.danvan.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.danvan.calendar.api.DayUnit;
import org.danvan.calendar.api.DeadlineCalculator;
import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.rules.api.ExtensionPolicy;
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.api.StatutoryRule;
import org.danvan.rules.api.Variant;

/**
 * The rule table over a fixed set of rows and a deadline calculator. Plain Java, usable without OSGi; immutable and
 * therefore thread-safe (a configuration change builds a new table).
 */
public final class StatutoryRuleTable implements RuleTable {

    private final Map<String, List<StatutoryRule>> rowsById;
    private final Map<String, List<RuleFigure>> figuresById;
    private final DeadlineCalculator deadlines;
    private final WorkingCalendar calendar;
    private final RuleRows rows;

    /**
     * A table over rows.
     *
     * @param rows the rows, any order; at most one per (id, effective date)
     * @param deadlines the Civil Code calculator on the working calendar
     * @throws IllegalArgumentException if two rows share id and effective date
     */
    public StatutoryRuleTable(List<StatutoryRule> rows, DeadlineCalculator deadlines) {
        this(new RuleRows(rows, List.of()), deadlines, null);
    }

    /**
     * A table over time limits and figures.
     *
     * @param rows the rows, any order; at most one per (id, effective date); no id both a limit and a figure
     * @param deadlines the Civil Code calculator on the working calendar
     * @param calendar the working calendar, for {@link #latestDayBefore}; null if the table is not asked
     * @throws IllegalArgumentException if two rows share id and effective date, or a limit and a figure an id
     */
    public StatutoryRuleTable(RuleRows rows, DeadlineCalculator deadlines, WorkingCalendar calendar) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.calendar = calendar;
        this.rows = rows;
        this.rowsById = byId(rows.rules(), StatutoryRule::id, StatutoryRule::effectiveFrom);
        this.figuresById = byId(rows.figures(), RuleFigure::id, RuleFigure::effectiveFrom);
        for (String id : figuresById.keySet()) {
            if (rowsById.containsKey(id)) {
                throw new IllegalArgumentException(id + " is both a time limit and a figure");
            }
        }
    }

    private static <T> Map<String, List<T>> byId(List<T> rows, Function<T, String> id,
            Function<T, LocalDate> from) {
        Map<String, List<T>> byId = new TreeMap<>();
        for (T row : rows) {
            byId.computeIfAbsent(id.apply(row), key -> new ArrayList<>()).add(row);
        }
        byId.replaceAll((key, list) -> {
            list.sort(Comparator.comparing(from));
            for (int i = 1; i < list.size(); i++) {
                if (from.apply(list.get(i)).equals(from.apply(list.get(i - 1)))) {
                    throw new IllegalArgumentException(key + " has two rows from " + from.apply(list.get(i)));
                }
            }
            return List.copyOf(list);
        });
        return Collections.unmodifiableMap(byId);
    }

    /** Every id, limits and figures. */
    Set<String> allIds() {
        Set<String> ids = new TreeSet<>(rowsById.keySet());
        ids.addAll(figuresById.keySet());
        return ids;
    }

    @Override
    public Set<String> ruleIds() {
        return rowsById.keySet();
    }

    @Override
    public Optional<StatutoryRule> rule(String ruleId, LocalDate eventDay) {
        return inForce(rowsById.getOrDefault(ruleId, List.of()), StatutoryRule::effectiveFrom, eventDay);
    }

    private static <T> Optional<T> inForce(List<T> history, Function<T, LocalDate> from, LocalDate eventDay) {
        Objects.requireNonNull(eventDay, "eventDay");
        T found = null;
        for (T row : history) {
            if (from.apply(row).isAfter(eventDay)) {
                break;
            }
            found = row;
        }
        return Optional.ofNullable(found);
    }

    @Override
    public List<StatutoryRule> rulesOn(LocalDate day) {
        return rowsById.keySet().stream().map(id -> rule(id, day)).flatMap(Optional::stream).toList();
    }

    @Override
    public List<StatutoryRule> history(String ruleId) {
        return rowsById.getOrDefault(ruleId, List.of());
    }

    @Override
    public int limit(String ruleId, LocalDate eventDay, Set<Variant> variants) {
        return require(ruleId, eventDay).limit(variants);
    }

    @Override
    public LocalDate dueDate(String ruleId, LocalDate eventDay, Set<Variant> variants) {
        StatutoryRule rule = require(ruleId, eventDay);
        return deadlines.dueDate(eventDay, rule.limit(variants), rule.unit());
    }

    @Override
    public LocalDate extendedDueDate(String ruleId, LocalDate eventDay, LocalDate currentDue, int extensionsSoFar,
            int days, Set<Variant> variants) {
        Objects.requireNonNull(currentDue, "currentDue");
        if (extensionsSoFar < 0) {
            throw new IllegalArgumentException("extensionsSoFar must not be negative, was " + extensionsSoFar);
        }
        StatutoryRule rule = require(ruleId, eventDay);
        ExtensionPolicy policy = rule.extension();
        if (policy.maxExtensions() == 0) {
            throw ValidationException.of(null, "rules.extension.none", ruleId);
        }
        int allowed = policy.allowedExtensions(variants);
        if (allowed == 0) {
            throw ValidationException.of(null, "rules.extension.requiresComplex", ruleId);
        }
        if (extensionsSoFar >= allowed) {
            throw ValidationException.of(null, "rules.extension.exhausted", ruleId, allowed);
        }
        if (days < 1) {
            throw ValidationException.of("days", "rules.extension.notPositive", days);
        }
        if (days > policy.maxDaysEach()) {
            throw ValidationException.of("days", "rules.extension.tooLong", days, policy.maxDaysEach());
        }
        // the extension runs on from the end of the current period: its first day is the day after currentDue
        return deadlines.dueDate(currentDue, days, policy.unit());
    }

    @Override
    public LocalDate latestDayBefore(String ruleId, LocalDate eventDay, Set<Variant> variants) {
        StatutoryRule rule = require(ruleId, eventDay);
        if (calendar == null) {
            throw new IllegalStateException("this rule table has no working calendar");
        }
        int limit = rule.limit(variants);
        LocalDate day = eventDay;
        if (rule.unit() == DayUnit.CALENDAR_DAYS) {
            day = eventDay.minusDays(limit);
        } else {
            for (int counted = 0; counted < limit;) {
                day = day.minusDays(1);
                if (calendar.isWorkingDay(day)) {
                    counted++;
                }
            }
        }
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    @Override
    public Optional<RuleFigure> figure(String figureId, LocalDate eventDay) {
        return inForce(figuresById.getOrDefault(figureId, List.of()), RuleFigure::effectiveFrom, eventDay);
    }

    @Override
    public List<RuleFigure> figuresOn(LocalDate day) {
        return figuresById.keySet().stream().map(id -> figure(id, day)).flatMap(Optional::stream).toList();
    }

    @Override
    public List<RuleFigure> figureHistory(String figureId) {
        return figuresById.getOrDefault(figureId, List.of());
    }

    private StatutoryRule require(String ruleId, LocalDate eventDay) {
        if (!rowsById.containsKey(ruleId)) {
            throw new IllegalArgumentException("unknown rule id '" + ruleId + "'");
        }
        return rule(ruleId, eventDay).orElseThrow(() -> new IllegalArgumentException(
                "rule " + ruleId + " is not in force on " + eventDay + "; its first row starts "
                        + rowsById.get(ruleId).get(0).effectiveFrom()));
    }

    @Override
    public RuleTable onCalendar(WorkingCalendar other) {
        return new StatutoryRuleTable(rows, DeadlineCalculator.civilCode(other), other);
    }
}
