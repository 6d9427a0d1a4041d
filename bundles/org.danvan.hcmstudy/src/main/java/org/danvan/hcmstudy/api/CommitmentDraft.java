package org.danvan.hcmstudy.api;

import java.util.List;

/**
 * What a person registers at the start of the year.
 *
 * @param memberId the person on the unit's list
 * @param year the year
 * @param behaviours ids from {@link CommitmentService#behaviours()}; at least one
 * @param freeText what else they commit to, at most {@value #TEXT_MAX} characters
 */
public record CommitmentDraft(Long memberId, Integer year, List<String> behaviours, String freeText) {

    public static final int TEXT_MAX = 2000;

    public CommitmentDraft {
        behaviours = behaviours == null ? List.of() : List.copyOf(behaviours);
        freeText = freeText == null || freeText.isBlank() ? null : freeText.strip();
    }
}
