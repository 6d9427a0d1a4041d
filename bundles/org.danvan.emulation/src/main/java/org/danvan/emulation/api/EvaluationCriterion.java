package org.danvan.emulation.api;

import java.util.List;
import java.util.Set;

/**
 * One criterion of a year-end evaluation set, as the data file lists it (criteria/evaluation-criteria.csv).
 *
 * @param unitKinds the unit kinds the set applies to; empty for every kind without a set of its own
 * @param recipient the set's recipient
 * @param code the criterion's id; label key {@code emulation.criterion.<code>}
 * @param maxPoints the most points the council may give
 * @param evidenceKinds the evidence kinds shown next to it when a module offers them
 * @param citation its source, in Vietnamese
 */
public record EvaluationCriterion(Set<String> unitKinds, Recipient recipient, String code, int maxPoints,
        List<String> evidenceKinds, String citation) {

    public EvaluationCriterion {
        unitKinds = Set.copyOf(unitKinds);
        evidenceKinds = List.copyOf(evidenceKinds);
    }

    public String labelKey() {
        return "emulation.criterion." + code;
    }
}
