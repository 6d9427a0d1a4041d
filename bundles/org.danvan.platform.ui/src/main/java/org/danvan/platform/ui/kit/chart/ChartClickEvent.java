package org.danvan.platform.ui.kit.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a bar or a slice. Only the positions come from the browser; label and dataset name are looked up in
 * the data the server sent, so a tampered event cannot invent a label. Positions outside the current data (the data
 * changed while the click travelled, or the event was forged) make {@link #isValid()} false.
 */
@DomEvent("danvan-chart-click")
public class ChartClickEvent extends ComponentEvent<DanvanChart> {

    private static final long serialVersionUID = 1L;

    private final int labelIndex;
    private final int datasetIndex;

    /**
     * Created by Flow from the browser's {@code danvan-chart-click} event.
     *
     * @param source the chart
     * @param fromClient true when the browser sent it
     * @param labelIndex position of the clicked label
     * @param datasetIndex position of the clicked series
     */
    public ChartClickEvent(DanvanChart source, boolean fromClient,
            @EventData("event.detail.labelIndex") int labelIndex,
            @EventData("event.detail.datasetIndex") int datasetIndex) {
        super(source, fromClient);
        this.labelIndex = labelIndex;
        this.datasetIndex = datasetIndex;
    }

    /** Position of the clicked label (bar group, slice) in {@link DanvanChart#getLabels()}. */
    public int getLabelIndex() {
        return labelIndex;
    }

    /** Position of the clicked series in {@link DanvanChart#getDatasets()}. */
    public int getDatasetIndex() {
        return datasetIndex;
    }

    /** Whether both positions point into the chart's current data. */
    public boolean isValid() {
        DanvanChart chart = getSource();
        return labelIndex >= 0 && labelIndex < chart.getLabels().size() && datasetIndex >= 0
                && datasetIndex < chart.getDatasets().size();
    }

    /** The clicked label as the server set it; check {@link #isValid()} first. */
    public String getLabel() {
        return getSource().getLabels().get(labelIndex);
    }

    /** The clicked series as the server set it; check {@link #isValid()} first. */
    public ChartDataset getDataset() {
        return getSource().getDatasets().get(datasetIndex);
    }
}
