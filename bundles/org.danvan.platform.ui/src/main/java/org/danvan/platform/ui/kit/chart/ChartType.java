package org.danvan.platform.ui.kit.chart;

import java.util.Locale;

/** The kinds of chart {@link DanvanChart} draws. */
public enum ChartType {
    /** Vertical (or, with {@link DanvanChart#setHorizontal}, horizontal) bars, one group per label. */
    BAR,
    /** A pie: one slice per label, first dataset only. */
    PIE,
    /** A pie with a hole. */
    DOUGHNUT;

    /** The name Chart.js knows the type by. */
    String chartJsName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
