package org.danvan.rules.api;

import java.util.EnumSet;
import java.util.Set;

/** Circumstances that lengthen a statutory time limit or allow extensions. */
public enum Variant {
    /** A complex matter (e.g. Decree 31/2019 for denunciations). */
    COMPLEX,
    /**
     * An especially complex matter (Law 25/2018 art. 30: a denunciation resolution may be extended twice). Implies
     * {@link #COMPLEX}: every rule that treats complex matters differently treats especially complex ones at least
     * the same way.
     */
    ESPECIALLY_COMPLEX,
    /** The case is in a remote area with difficult travel. */
    REMOTE,
    /** Several agencies must answer (Decision 33/2017/QĐ-TTg art. 12: 50 instead of 40 days for voters). */
    SEVERAL_AGENCIES;

    /**
     * The variants with their implications added ({@link #ESPECIALLY_COMPLEX} brings {@link #COMPLEX}).
     *
     * @param variants the variants as given, may be empty
     * @return an unmodifiable set closed under implication
     */
    public static Set<Variant> normalized(Set<Variant> variants) {
        EnumSet<Variant> closed = variants.isEmpty() ? EnumSet.noneOf(Variant.class) : EnumSet.copyOf(variants);
        if (closed.contains(ESPECIALLY_COMPLEX)) {
            closed.add(COMPLEX);
        }
        return Set.copyOf(closed);
    }

    /**
     * The value listed for the largest subset of {@code variants} (after {@link #normalized}) among the keys of a
     * variant table; among listed subsets of equal size the largest value wins, because each of those
     * circumstances applies by law. The empty set is never looked up: the caller falls back to its base value.
     *
     * @param table values by variant combination
     * @param variants the circumstances of the case
     * @return the value, or -1 if no listed combination is a subset
     */
    static int lookup(java.util.Map<Set<Variant>, Integer> table, Set<Variant> variants) {
        Set<Variant> closed = normalized(variants);
        int bestSize = 0;
        int best = -1;
        for (java.util.Map.Entry<Set<Variant>, Integer> entry : table.entrySet()) {
            Set<Variant> key = entry.getKey();
            if (key.isEmpty() || !closed.containsAll(key)) {
                continue;
            }
            if (key.size() > bestSize || key.size() == bestSize && entry.getValue() > best) {
                bestSize = key.size();
                best = entry.getValue();
            }
        }
        return best;
    }
}
