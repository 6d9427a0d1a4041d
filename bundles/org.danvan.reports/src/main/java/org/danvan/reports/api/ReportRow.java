package org.danvan.reports.api;

import java.util.Objects;

import org.danvan.cases.api.PeriodCounts;

/**
 * One line of a report.
 *
 * @param unitId the unit, {@code null} for the total line
 * @param label the unit's name on the last day of the period, or the label of a computed line (Vietnamese)
 * @param kind what the line stands for
 * @param counts the figures
 */
public record ReportRow(Long unitId, String label, Kind kind, PeriodCounts counts) {

    /** What a line stands for. */
    public enum Kind {
        /** A direct child unit and its whole subtree. */
        CHILD_UNIT,
        /** The cases of the reported unit itself, not of any of its current child units. */
        OWN_CASES,
        /** The reported unit with its whole subtree. */
        TOTAL
    }

    public ReportRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(counts, "counts");
    }
}
