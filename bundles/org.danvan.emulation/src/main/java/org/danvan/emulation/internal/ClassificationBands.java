package org.danvan.emulation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.danvan.emulation.api.Classification;
import org.danvan.rules.api.RuleTable;

/**
 * The year-end classification from the points: the share of the criteria set's points reached, against the lowest
 * share of each band in the rule table on the evaluation day ({@code emulation.classification.excellent}, {@code
 * .good}, {@code .completed}; below the last, not completed). The figures are rule rows with their citation, so a
 * province that scores differently changes a row, not the code.
 */
final class ClassificationBands {

    static final String EXCELLENT = "emulation.classification.excellent";
    static final String GOOD = "emulation.classification.good";
    static final String COMPLETED = "emulation.classification.completed";

    private final RuleTable rules;

    ClassificationBands(RuleTable rules) {
        this.rules = rules;
    }

    /** The band of {@code points} out of {@code maxPoints} on {@code day}. */
    Classification classify(int points, int maxPoints, LocalDate day) {
        if (maxPoints <= 0) {
            throw new IllegalArgumentException("a criteria set without points");
        }
        // points × 100 ≥ threshold × max, in integers: no rounding decides a band
        BigDecimal reached = BigDecimal.valueOf(points).multiply(BigDecimal.valueOf(100));
        BigDecimal max = BigDecimal.valueOf(maxPoints);
        if (reached.compareTo(threshold(EXCELLENT, day).multiply(max)) >= 0) {
            return Classification.EXCELLENT;
        }
        if (reached.compareTo(threshold(GOOD, day).multiply(max)) >= 0) {
            return Classification.GOOD;
        }
        if (reached.compareTo(threshold(COMPLETED, day).multiply(max)) >= 0) {
            return Classification.COMPLETED;
        }
        return Classification.NOT_COMPLETED;
    }

    private BigDecimal threshold(String id, LocalDate day) {
        return rules.figure(id, day).orElseThrow(() -> new IllegalStateException("no rule row " + id + " on " + day))
                .value();
    }
}
