package org.danvan.dashboard.internal;

import java.util.List;
import java.util.Optional;

import org.danvan.platform.ui.kit.chart.ChartDataset;

/**
 * What one dashboard chart shows, with the enum value behind each label so that a click can be turned back into a
 * worklist filter.
 *
 * @param <E> kind, status or due state
 * @param keys the value behind each label, in label order
 * @param labels translated labels
 * @param dataset the counts, one per label, with their colours
 */
record ChartSeries<E extends Enum<E>>(List<E> keys, List<String> labels, ChartDataset dataset) {

    ChartSeries {
        keys = List.copyOf(keys);
        labels = List.copyOf(labels);
        if (keys.size() != labels.size() || dataset.values().size() != keys.size()) {
            throw new IllegalArgumentException("keys, labels and values differ in length");
        }
    }

    /** The value behind a clicked position; empty outside the chart. */
    Optional<E> keyAt(int index) {
        return index < 0 || index >= keys.size() ? Optional.empty() : Optional.of(keys.get(index));
    }

    /** Whether there is nothing to draw (all counts zero). */
    boolean isEmpty() {
        return dataset.values().stream().allMatch(v -> v == 0);
    }
}
