package org.danvan.rules.api;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.danvan.calendar.api.DayUnit;

/**
 * How often and by how much a time limit may be extended, each extension being a recorded decision.
 * <p>
 * The number of extensions may depend on the variants of the case: {@code extensionsByVariant} lists it per
 * combination, looked up like {@link StatutoryRule#variantLimits()} (the largest listed subset of the case's
 * variants, {@link Variant#ESPECIALLY_COMPLEX} implying {@link Variant#COMPLEX}); a case matching no listed
 * combination may have {@code maxExtensions} unless {@code requiresComplex}. Denunciation resolution (Law 25/2018
 * art. 30) is {@code maxExtensions = 2, maxDaysEach = 30, requiresComplex = true,
 * extensionsByVariant = {COMPLEX: 1, ESPECIALLY_COMPLEX: 2}}.
 *
 * @param maxExtensions the most extensions any case may have (0 = none); caps every value of the table
 * @param maxDaysEach the longest one extension may be
 * @param unit how the extension days are counted
 * @param requiresComplex true when a case that is neither complex nor especially complex may not be extended
 * @param extensionsByVariant extensions allowed per combination of variants; empty = {@code maxExtensions} for all
 */
public record ExtensionPolicy(int maxExtensions, int maxDaysEach, DayUnit unit, boolean requiresComplex,
        Map<Set<Variant>, Integer> extensionsByVariant) {

    public static final ExtensionPolicy NONE = new ExtensionPolicy(0, 0, DayUnit.CALENDAR_DAYS, false);

    public ExtensionPolicy {
        Objects.requireNonNull(unit, "unit");
        if (maxExtensions < 0 || maxDaysEach < 0) {
            throw new IllegalArgumentException("negative extension limits");
        }
        if (maxExtensions > 0 && maxDaysEach == 0) {
            throw new IllegalArgumentException("an extension of 0 days");
        }
        extensionsByVariant = Map.copyOf(extensionsByVariant);
        for (Integer count : extensionsByVariant.values()) {
            if (count < 0 || count > maxExtensions) {
                throw new IllegalArgumentException("extensions per variant must be 0.." + maxExtensions);
            }
        }
    }

    /** A policy that does not depend on variants beyond {@code requiresComplex}. */
    public ExtensionPolicy(int maxExtensions, int maxDaysEach, DayUnit unit, boolean requiresComplex) {
        this(maxExtensions, maxDaysEach, unit, requiresComplex, Map.of());
    }

    /**
     * How many extensions a case with these variants may have in total.
     *
     * @param variants the circumstances of the case
     * @return 0 to {@link #maxExtensions()}
     */
    public int allowedExtensions(Set<Variant> variants) {
        Set<Variant> closed = Variant.normalized(variants);
        if (requiresComplex && !closed.contains(Variant.COMPLEX)) {
            return 0;
        }
        int listed = Variant.lookup(extensionsByVariant, closed);
        return listed >= 0 ? listed : maxExtensions;
    }
}
