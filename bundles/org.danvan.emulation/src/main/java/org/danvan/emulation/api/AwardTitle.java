package org.danvan.emulation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the title table (titles/award-titles.csv): an emulation title or a form of commendation, who may award
 * it, what it requires and its reward coefficient, in force for decisions on or after {@code effectiveFrom} until the
 * next row of the same code.
 *
 * @param code the title's id; its label is the translation key {@code emulation.title.<code>}
 * @param effectiveFrom first decision day the row applies to
 * @param recipient a person or a collective
 * @param levels the levels whose authority may award it
 * @param requires prerequisites, all needed
 * @param coefficient the reward is this times the base salary on the decision day
 * @param confirmed whether legal-rules.md confirms the row (else marked [verify] in its citation)
 * @param citation the legal source, in Vietnamese
 */
public record AwardTitle(String code, LocalDate effectiveFrom, Recipient recipient, Set<AwardLevel> levels,
        List<Requirement> requires, BigDecimal coefficient, boolean confirmed, String citation) {

    public AwardTitle {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(coefficient, "coefficient");
        Objects.requireNonNull(citation, "citation");
        levels = Set.copyOf(levels);
        requires = List.copyOf(requires);
        if (levels.isEmpty() || coefficient.signum() < 0) {
            throw new IllegalArgumentException("title " + code + ": no level or a negative coefficient");
        }
    }

    /** Translation key of the title's name. */
    public String labelKey() {
        return "emulation.title." + code;
    }
}
