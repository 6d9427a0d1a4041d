package org.danvan.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.danvan.calendar.api.DeadlineCalculator;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.rules.api.ExtensionPolicy;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.api.StatutoryRule;
import org.danvan.rules.api.Variant;

/**
 * The rule table over a fixed set of rows and a deadline calculator. Plain Java, usable without OSGi; immutable and
 * therefore thread-safe (a configuration change builds a new table).
 */
public final class StatutoryRuleTable implements RuleTable {

    private final Map<String, List<StatutoryRule>> rowsById;
    private final DeadlineCalculator deadlines;

    /**
     * A table over rows.
     *
     * @param rows the rows, any order; at most one per (id, effective date)
     * @param deadlines the Civil Code calculator on the working calendar
     * @throws IllegalArgumentException if two rows share id and effective date
     */
    public StatutoryRuleTable(List<StatutoryRule> rows, DeadlineCalculator deadlines) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        Map<String, List<StatutoryRule>> byId = new TreeMap<>();
        for (StatutoryRule row : rows) {
            byId.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row);
        }
        byId.replaceAll((id, list) -> {
            list.sort(Comparator.comparing(StatutoryRule::effectiveFrom));
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).effectiveFrom().equals(list.get(i - 1).effectiveFrom())) {
                    throw new IllegalArgumentException(id + " has two rows from " + list.get(i).effectiveFrom());
                }
            }
            return List.copyOf(list);
        });
        this.rowsById = java.util.Collections.unmodifiableMap(byId);
    }

    @Override
    public Set<String> ruleIds() {
        return rowsById.keySet();
    }

    @Override
    public Optional<StatutoryRule> rule(String ruleId, LocalDate eventDay) {
        Objects.requireNonNull(eventDay, "eventDay");
        StatutoryRule found = null;
        for (StatutoryRule row : rowsById.getOrDefault(ruleId, List.of())) {
            if (row.effectiveFrom().isAfter(eventDay)) {
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

    private StatutoryRule require(String ruleId, LocalDate eventDay) {
        if (!rowsById.containsKey(ruleId)) {
            throw new IllegalArgumentException("unknown rule id '" + ruleId + "'");
        }
        return rule(ruleId, eventDay).orElseThrow(() -> new IllegalArgumentException(
                "rule " + ruleId + " is not in force on " + eventDay + "; its first row starts "
                        + rowsById.get(ruleId).get(0).effectiveFrom()));
    }
}
