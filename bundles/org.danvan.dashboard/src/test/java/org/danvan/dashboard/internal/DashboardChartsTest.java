package org.danvan.dashboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.DashboardCount;
import org.danvan.cases.api.DueState;
import org.junit.jupiter.api.Test;

class DashboardChartsTest {

    private static final Function<String, String> KEYS = key -> "<" + key + ">";

    /** A denunciation queue of a commune: 2 overdue and 1 near due accepted, 4 resolved; 3 received complaints. */
    private static final List<DashboardCount> CELLS = List.of(
            new DashboardCount(CaseKind.DENUNCIATION, CaseStatus.ACCEPTED, DueState.OVERDUE, 2),
            new DashboardCount(CaseKind.DENUNCIATION, CaseStatus.ACCEPTED, DueState.NEAR_DUE, 1),
            new DashboardCount(CaseKind.DENUNCIATION, CaseStatus.RESOLVED, DueState.NONE, 4),
            new DashboardCount(CaseKind.COMPLAINT_FIRST, CaseStatus.RECEIVED, DueState.ON_TIME, 3));

    @Test
    void kindsAreSummedOverStatusAndDueStateAndEmptyKindsLeftOut() {
        ChartSeries<CaseKind> kinds = DashboardCharts.byKind(DashboardFigures.of(CELLS), KEYS);
        assertEquals(List.of(CaseKind.COMPLAINT_FIRST, CaseKind.DENUNCIATION), kinds.keys());
        assertEquals(List.of("<case.kind.COMPLAINT_FIRST>", "<case.kind.DENUNCIATION>"), kinds.labels());
        assertEquals(List.of(3.0, 7.0), kinds.dataset().values());
        assertEquals("<dashboard.series.cases>", kinds.dataset().label());
        assertEquals(2, kinds.dataset().colours().size());
        assertFalse(kinds.dataset().colours().get(0).equals(kinds.dataset().colours().get(1)),
                "two kinds side by side must not share a colour");
    }

    @Test
    void everyStatusIsShownInWorkflowOrderWithZeros() {
        ChartSeries<CaseStatus> statuses = DashboardCharts.byStatus(DashboardFigures.of(CELLS), KEYS);
        assertEquals(List.of(CaseStatus.values()), statuses.keys());
        assertEquals(List.of(3.0, 0.0, 3.0, 0.0, 0.0, 0.0, 4.0, 0.0), statuses.dataset().values());
        assertEquals("<case.status.ACCEPTED>", statuses.labels().get(2));
        assertEquals(DashboardCharts.STATUS_COLOURS.get(CaseStatus.RESOLVED), statuses.dataset().colours().get(6));
        assertEquals(CaseStatus.values().length, DashboardCharts.STATUS_COLOURS.size(), "every status has a colour");
    }

    @Test
    void dueStatesCarryTheirTrafficLightColours() {
        ChartSeries<DueState> due = DashboardCharts.byDue(DashboardFigures.of(CELLS), KEYS);
        assertEquals(List.of(DueState.NONE, DueState.ON_TIME, DueState.NEAR_DUE, DueState.OVERDUE), due.keys());
        assertEquals(List.of(4.0, 3.0, 1.0, 2.0), due.dataset().values());
        assertEquals(List.of("#9e9e9e", "#2e7d32", "#f9a825", "#c62828"), due.dataset().colours());
        assertEquals("<dashboard.due.OVERDUE>", due.labels().get(3));
    }

    @Test
    void aClickedPositionLeadsBackToItsValue() {
        ChartSeries<DueState> due = DashboardCharts.byDue(DashboardFigures.of(CELLS), KEYS);
        assertEquals(Optional.of(DueState.NEAR_DUE), due.keyAt(2));
        assertEquals(Optional.empty(), due.keyAt(4));
        assertEquals(Optional.empty(), due.keyAt(-1));
    }

    @Test
    void noCasesGiveEmptyButDrawableCharts() {
        DashboardFigures none = DashboardFigures.of(List.of());
        ChartSeries<CaseKind> kinds = DashboardCharts.byKind(none, KEYS);
        assertTrue(kinds.keys().isEmpty());
        assertTrue(kinds.isEmpty());
        assertTrue(DashboardCharts.byStatus(none, KEYS).isEmpty());
        assertFalse(DashboardCharts.byStatus(DashboardFigures.of(CELLS), KEYS).isEmpty());
        assertEquals(0, none.total());
    }

    @Test
    void tableRowsCountOnlyOpenCasesAsNearDueOrOverdue() {
        List<DashboardCount> cells = List.of(
                new DashboardCount(CaseKind.REFLECTION, CaseStatus.CLASSIFIED, DueState.OVERDUE, 5),
                // a finished case still marked overdue by yesterday's job is not overdue work
                new DashboardCount(CaseKind.REFLECTION, CaseStatus.CLOSED, DueState.OVERDUE, 9),
                new DashboardCount(CaseKind.REFLECTION, CaseStatus.ACCEPTED, null, 1));
        DashboardFigures figures = DashboardFigures.of(cells);
        assertEquals(List.of(new DashboardFigures.KindRow(CaseKind.REFLECTION, 15, 6, 0, 5)), figures.kindRows());
        assertEquals(15, figures.total());
        assertEquals(1, figures.count(DueState.NONE), "an unmarked cell counts as no clock");
        assertEquals(14, figures.count(DueState.OVERDUE));
    }
}
