package org.danvan.rules.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.StatutoryRule;

/**
 * The rows of one rule file: time limits and figures, in file order.
 *
 * @param rules the time-limit rows
 * @param figures the figure rows
 */
public record RuleRows(List<StatutoryRule> rules, List<RuleFigure> figures) {

    /** No rows. */
    public static final RuleRows EMPTY = new RuleRows(List.of(), List.of());

    public RuleRows {
        rules = List.copyOf(rules);
        figures = List.copyOf(figures);
    }

    /** Every id the file defines. */
    public Set<String> ids() {
        Set<String> ids = new TreeSet<>();
        rules.forEach(rule -> ids.add(rule.id()));
        figures.forEach(figure -> ids.add(figure.id()));
        return ids;
    }
}
