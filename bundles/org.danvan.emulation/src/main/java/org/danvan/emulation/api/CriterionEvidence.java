package org.danvan.emulation.api;

import java.util.List;

import org.danvan.platform.api.evidence.Evidence;

/**
 * A criterion of a registration's evaluation with the evidence the installed modules give for the unit and year.
 *
 * @param criterion the criterion
 * @param points the points the council gave, {@code null} before the evaluation
 * @param note the council's note
 * @param evidence what the installed modules offer, within the asker's scope; empty when none offers any
 * @param offered whether any installed module offers one of the criterion's evidence kinds (else: scored by hand)
 */
public record CriterionEvidence(EvaluationCriterion criterion, Integer points, String note, List<Evidence> evidence,
        boolean offered) {

    public CriterionEvidence {
        evidence = List.copyOf(evidence);
    }
}
