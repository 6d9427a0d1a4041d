package org.danvan.cases.api;

import java.util.Set;

/**
 * What the receiving officer decided about the possible duplicates shown before saving
 * ({@link CaseService#possibleDuplicates}), while still with the citizen: each case shown that is the same matter is
 * linked to the new case, the others shown are dismissed; a candidate that appears only at saving stays open for
 * the classifier.
 *
 * @param shown the candidates the officer saw (case ids)
 * @param sameMatter those of them the officer judged the same matter
 * @since 1.2.0
 */
public record DuplicateAnswer(Set<Long> shown, Set<Long> sameMatter) {

    public DuplicateAnswer {
        shown = Set.copyOf(shown);
        sameMatter = Set.copyOf(sameMatter);
        if (!shown.containsAll(sameMatter)) {
            throw new IllegalArgumentException("a case judged the same matter was not shown");
        }
    }

    /** Nothing was shown (no check before saving). */
    public static DuplicateAnswer none() {
        return new DuplicateAnswer(Set.of(), Set.of());
    }
}
