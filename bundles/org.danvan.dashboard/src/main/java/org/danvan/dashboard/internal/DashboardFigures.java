package org.danvan.dashboard.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.DashboardCount;
import org.danvan.cases.api.DueState;

/**
 * The engine's dashboard cells (kind × status × due state) summed the three ways the screen shows them, plus one
 * table row per kind.
 */
final class DashboardFigures {

    /**
     * One row of the table.
     *
     * @param kind the kind
     * @param total all its cases
     * @param open received, classified or accepted
     * @param nearDue open and due within the near-due window
     * @param overdue open and past the due date
     */
    record KindRow(CaseKind kind, long total, long open, long nearDue, long overdue) {
    }

    private final Map<CaseKind, Long> byKind = new EnumMap<>(CaseKind.class);
    private final Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
    private final Map<DueState, Long> byDue = new EnumMap<>(DueState.class);
    private final Map<CaseKind, long[]> rows = new EnumMap<>(CaseKind.class);
    private long total;

    private DashboardFigures() {
    }

    /** Sums the cells; a cell with a missing due state counts as {@link DueState#NONE}. */
    static DashboardFigures of(List<DashboardCount> cells) {
        DashboardFigures figures = new DashboardFigures();
        for (DashboardCount cell : cells) {
            figures.add(cell);
        }
        return figures;
    }

    private void add(DashboardCount cell) {
        long n = cell.count();
        DueState due = cell.dueState() == null ? DueState.NONE : cell.dueState();
        total += n;
        byKind.merge(cell.kind(), n, Long::sum);
        byStatus.merge(cell.status(), n, Long::sum);
        byDue.merge(due, n, Long::sum);
        long[] row = rows.computeIfAbsent(cell.kind(), k -> new long[4]);
        row[0] += n;
        if (cell.status().isOpen()) {
            row[1] += n;
            if (due == DueState.NEAR_DUE) {
                row[2] += n;
            } else if (due == DueState.OVERDUE) {
                row[3] += n;
            }
        }
    }

    long total() {
        return total;
    }

    long count(CaseKind kind) {
        return byKind.getOrDefault(kind, 0L);
    }

    long count(CaseStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    long count(DueState due) {
        return byDue.getOrDefault(due, 0L);
    }

    /** The kinds that have cases, in the order of {@link CaseKind}. */
    List<CaseKind> kindsPresent() {
        return List.copyOf(byKind.keySet());
    }

    /** One row per kind that has cases, in the order of {@link CaseKind}. */
    List<KindRow> kindRows() {
        List<KindRow> result = new ArrayList<>();
        rows.forEach((kind, r) -> result.add(new KindRow(kind, r[0], r[1], r[2], r[3])));
        return result;
    }
}
