package org.danvan.rules.api;

import java.util.Objects;

import org.danvan.calendar.api.DayUnit;

/**
 * How often and by how much a time limit may be extended, each extension being a recorded decision.
 *
 * @param maxExtensions how many extensions are allowed in total (0 = none)
 * @param maxDaysEach the longest one extension may be
 * @param unit how the extension days are counted
 * @param requiresComplex true when only a complex case may be extended
 */
public record ExtensionPolicy(int maxExtensions, int maxDaysEach, DayUnit unit, boolean requiresComplex) {

    public static final ExtensionPolicy NONE = new ExtensionPolicy(0, 0, DayUnit.CALENDAR_DAYS, false);

    public ExtensionPolicy {
        Objects.requireNonNull(unit, "unit");
        if (maxExtensions < 0 || maxDaysEach < 0) {
            throw new IllegalArgumentException("negative extension limits");
        }
    }
}
