package org.danvan.reports.internal;

import java.util.List;
import java.util.function.ToLongFunction;

import org.danvan.cases.api.PeriodCounts;

/** The figure columns of a report, in the order every rendering shows them. */
public enum ReportColumns {
    RECEIVED("reports.column.received", PeriodCounts::received),
    ACCEPTED("reports.column.accepted", PeriodCounts::accepted),
    RESOLVED_ON_TIME("reports.column.resolvedOnTime", PeriodCounts::resolvedOnTime),
    RESOLVED_LATE("reports.column.resolvedLate", PeriodCounts::resolvedLate),
    PENDING("reports.column.pending", PeriodCounts::pending);

    public static final List<ReportColumns> ALL = List.of(values());

    private final String labelKey;
    private final ToLongFunction<PeriodCounts> figure;

    ReportColumns(String labelKey, ToLongFunction<PeriodCounts> figure) {
        this.labelKey = labelKey;
        this.figure = figure;
    }

    public String labelKey() {
        return labelKey;
    }

    public long of(PeriodCounts counts) {
        return figure.applyAsLong(counts);
    }
}
