package org.danvan.dashboard.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.DueState;
import org.danvan.platform.ui.kit.chart.ChartDataset;

/** Turns dashboard figures into chart data: labels translated, colours that keep their meaning across screens. */
final class DashboardCharts {

    /** Ten distinguishable colours (Tableau 10), cycled over the eleven kinds. */
    private static final List<String> KIND_COLOURS = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");

    /** Open statuses in blues (suspended in orange), finished ones in greens and greys. */
    static final Map<CaseStatus, String> STATUS_COLOURS = Map.of(CaseStatus.RECEIVED, "#90caf9",
            CaseStatus.CLASSIFIED, "#42a5f5", CaseStatus.ACCEPTED, "#1565c0", CaseStatus.SUSPENDED, "#ef6c00",
            CaseStatus.RETURNED, "#9e9e9e", CaseStatus.TRANSFERRED, "#7e57c2", CaseStatus.RESOLVED, "#2e7d32",
            CaseStatus.CLOSED, "#616161");

    /** The traffic-light colours of the worklist's due badges. */
    static final Map<DueState, String> DUE_COLOURS = Map.of(DueState.NONE, "#9e9e9e", DueState.ON_TIME, "#2e7d32",
            DueState.NEAR_DUE, "#f9a825", DueState.OVERDUE, "#c62828");

    private DashboardCharts() {
    }

    /** Cases by kind: only the kinds that have cases, so eleven mostly empty bars do not crowd a phone. */
    static ChartSeries<CaseKind> byKind(DashboardFigures figures, Function<String, String> translate) {
        List<CaseKind> kinds = figures.kindsPresent();
        List<String> colours = kinds.stream().map(k -> KIND_COLOURS.get(k.ordinal() % KIND_COLOURS.size())).toList();
        return series(kinds, k -> translate.apply(k.labelKey()), figures::count, colours,
                translate.apply("dashboard.series.cases"));
    }

    /** Cases by status: every status, zero included, so the workflow reads left to right. */
    static ChartSeries<CaseStatus> byStatus(DashboardFigures figures, Function<String, String> translate) {
        List<CaseStatus> statuses = Arrays.asList(CaseStatus.values());
        return series(statuses, s -> translate.apply(s.labelKey()), figures::count,
                statuses.stream().map(STATUS_COLOURS::get).toList(), translate.apply("dashboard.series.cases"));
    }

    /** Cases by due state: every state, zero included. */
    static ChartSeries<DueState> byDue(DashboardFigures figures, Function<String, String> translate) {
        List<DueState> states = Arrays.asList(DueState.values());
        return series(states, d -> translate.apply(dueKey(d)), figures::count,
                states.stream().map(DUE_COLOURS::get).toList(), translate.apply("dashboard.series.cases"));
    }

    /** Translation key of a due state's label. */
    static String dueKey(DueState due) {
        return "dashboard.due." + due.name();
    }

    private static <E extends Enum<E>> ChartSeries<E> series(List<E> keys, Function<E, String> label,
            ToLongFunction<E> count, List<String> colours, String seriesLabel) {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (E key : keys) {
            labels.add(label.apply(key));
            counts.add(count.applyAsLong(key));
        }
        // an empty chart still needs a colour for its (absent) values
        List<String> palette = colours.isEmpty() ? List.of(KIND_COLOURS.get(0)) : colours;
        return new ChartSeries<>(keys, labels, ChartDataset.ofCounts(seriesLabel, counts, palette));
    }
}
