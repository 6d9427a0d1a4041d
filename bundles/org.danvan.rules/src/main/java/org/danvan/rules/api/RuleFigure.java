package org.danvan.rules.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a legal figure that is not a time limit in days — a quorum in percent, a number of members, a period in
 * years, an amount — with its citation, in force for events on or after {@code effectiveFrom} until the next row of
 * the same id. Read through {@link RuleTable#figure(String, LocalDate)}; never write the figure into code.
 *
 * @param id the rule id (dotted lower-case words, prefixed with the module id for module rows)
 * @param effectiveFrom the first day the row applies to
 * @param value the figure, zero or more
 * @param unit what it counts
 * @param citation the legal source, in Vietnamese
 * @param configurable whether an administrator may override it (figures not confirmed in an official text)
 */
public record RuleFigure(String id, LocalDate effectiveFrom, BigDecimal value, FigureUnit unit, String citation,
        boolean configurable) {

    public RuleFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(citation, "citation");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("negative figure for " + id);
        }
        if (unit == FigureUnit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a percentage above 100 for " + id);
        }
    }

    /** The figure as a whole number, for units that count (COUNT, MONTHS, YEARS, VND). */
    public int intValue() {
        return value.intValueExact();
    }

    /** The label of a figure is the translation key {@code rules.<id>}, as for time limits. */
    public String labelKey() {
        return "rules." + id;
    }
}
