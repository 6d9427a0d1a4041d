package org.danvan.reports.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The figures of a unit for a period: one line per direct child unit, one line for the unit's own cases, and the
 * total line. The detail lines add up to the total: every case belongs to exactly one unit.
 *
 * @param unitId the reported unit
 * @param unitCode its official code
 * @param unitName its name on the last day of the period
 * @param period the period
 * @param lines the child units by name, then the unit's own cases
 * @param total the unit with its whole subtree, as counted by the case engine
 * @param producedOn the day the figures were read
 */
public record PeriodReport(long unitId, String unitCode, String unitName, ReportPeriod period, List<ReportRow> lines, ReportRow total,
        LocalDate producedOn) {

    public PeriodReport {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(producedOn, "producedOn");
        lines = List.copyOf(lines);
    }
}
