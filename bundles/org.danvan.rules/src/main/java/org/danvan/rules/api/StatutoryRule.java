package org.danvan.rules.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.danvan.calendar.api.DayUnit;

/**
 * One row of the statutory rule table: a time limit with its legal source, valid from a day on. A later row with
 * the same id and a later {@code effectiveFrom} supersedes it for events on or after that day.
 *
 * @param id rule id, e.g. {@code complaint.first.resolve}
 * @param effectiveFrom first event day the row applies to
 * @param limit the base limit
 * @param unit how the days are counted
 * @param variantLimits the limit for combinations of variants, e.g. {COMPLEX} → 45, {COMPLEX, REMOTE} → 60; a
 *            combination not listed falls back to the largest listed subset (equal sizes: the larger limit), then
 *            to {@code limit}; {@link Variant#ESPECIALLY_COMPLEX} implies {@link Variant#COMPLEX}
 * @param extension the extension policy
 * @param citation the legal source, e.g. "Luật Khiếu nại 02/2011/QH13, Điều 28"
 * @param configurable true when the figure is unconfirmed ([verify]) and administrators may override it
 */
public record StatutoryRule(String id, LocalDate effectiveFrom, int limit, DayUnit unit,
        Map<Set<Variant>, Integer> variantLimits, ExtensionPolicy extension, String citation, boolean configurable) {

    public StatutoryRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(citation, "citation");
        variantLimits = Map.copyOf(variantLimits);
        if (limit < 0 || variantLimits.values().stream().anyMatch(v -> v < 0)) {
            throw new IllegalArgumentException("negative limit for " + id);
        }
    }

    /**
     * The limit for a case with these variants.
     *
     * @param variants the circumstances of the case, may be empty
     * @return the listed limit of the largest matching combination, else {@link #limit()}
     */
    public int limit(Set<Variant> variants) {
        int listed = Variant.lookup(variantLimits, variants);
        return listed >= 0 ? listed : limit;
    }

    /** The label of a rule is the translation key {@code rules.<id>}. */
    public String labelKey() {
        return "rules." + id;
    }
}
