package org.danvan.identity.ui.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.danvan.rules.api.ExtensionPolicy;
import org.danvan.rules.api.RuleAdministration;
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.api.StatutoryRule;
import org.danvan.rules.api.Variant;

/**
 * One row of the rule screen: a time limit or a figure from one effective day, as in force (overrides applied) and
 * as shipped.
 *
 * @param id the rule id
 * @param effectiveFrom first day of the row
 * @param inForceToday whether it is the row in force today
 * @param figure whether it is a figure (not a time limit)
 * @param value the limit or figure in force
 * @param shippedValue the limit or figure as shipped
 * @param shippedUnit the unit as shipped
 * @param unit the unit's name (DayUnit or FigureUnit)
 * @param variants the variant limits, as text
 * @param extension the extension policy as text, empty when none
 * @param canExtend whether an extension length may be set
 * @param citation the legal source
 * @param configurable whether it may be overridden ([verify])
 * @param overridden whether an override applies to it
 */
public record RuleLine(String id, LocalDate effectiveFrom, boolean inForceToday, boolean figure, String value,
        String shippedValue, String shippedUnit, String unit, String variants, String extension, boolean canExtend, String citation,
        boolean configurable, boolean overridden) {

    /** Every row of every rule and figure, by id then effective day. */
    static List<RuleLine> of(RuleAdministration admin, LocalDate today) {
        RuleTable table = admin.table();
        Set<String> overridden = admin.overrides().keySet();
        List<RuleLine> lines = new ArrayList<>();
        for (String id : table.ruleIds()) {
            List<StatutoryRule> shipped = admin.shippedHistory(id);
            StatutoryRule current = table.rule(id, today).orElse(null);
            for (StatutoryRule row : table.history(id)) {
                StatutoryRule original = shipped.stream().filter(s -> s.effectiveFrom().equals(row.effectiveFrom()))
                        .findFirst().orElse(row);
                ExtensionPolicy policy = row.extension();
                String extension = policy.maxExtensions() == 0 ? ""
                        : policy.maxExtensions() + " × " + policy.maxDaysEach() + " " + policy.unit().name()
                                + (policy.requiresComplex() ? " (COMPLEX)" : "");
                lines.add(new RuleLine(id, row.effectiveFrom(), row.equals(current), false,
                        Integer.toString(row.limit()), Integer.toString(original.limit()), original.unit().name(),
                        row.unit().name(), variants(row.variantLimits()), extension, policy.maxExtensions() > 0,
                        row.citation(), row.configurable(), row.configurable() && overridden.contains(id)));
            }
        }
        for (RuleFigure last : table.figuresOn(LocalDate.of(9999, 12, 31))) {
            String id = last.id();
            List<RuleFigure> shipped = admin.shippedFigureHistory(id);
            RuleFigure current = table.figure(id, today).orElse(null);
            for (RuleFigure row : table.figureHistory(id)) {
                RuleFigure original = shipped.stream().filter(s -> s.effectiveFrom().equals(row.effectiveFrom()))
                        .findFirst().orElse(row);
                lines.add(new RuleLine(id, row.effectiveFrom(), row.equals(current), true,
                        row.value().stripTrailingZeros().toPlainString(),
                        original.value().stripTrailingZeros().toPlainString(), original.unit().name(),
                        row.unit().name(), "", "", false,
                        row.citation(), row.configurable(), row.configurable() && overridden.contains(id)));
            }
        }
        lines.sort((a, b) -> a.id.equals(b.id) ? a.effectiveFrom.compareTo(b.effectiveFrom) : a.id.compareTo(b.id));
        return lines;
    }

    private static String variants(Map<Set<Variant>, Integer> limits) {
        return limits.entrySet().stream()
                .map(e -> e.getKey().stream().map(Variant::name).sorted().collect(Collectors.joining("+")) + ": "
                        + e.getValue())
                .sorted().collect(Collectors.joining(", "));
    }

    /** Whether the row matches a filter text (id, label or citation). */
    boolean matches(String filter, String label) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String needle = filter.strip().toLowerCase(java.util.Locale.ROOT);
        return id.toLowerCase(java.util.Locale.ROOT).contains(needle)
                || Objects.toString(label, "").toLowerCase(java.util.Locale.ROOT).contains(needle)
                || citation.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
