package org.danvan.platform.ui.kit.chart;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * A bar, pie or doughnut chart drawn in the browser by Chart.js. The shell's frontend bundle compiles the browser
 * half ({@code danvan-chart.js}) and Chart.js in, so every contributed view may use it; a module cannot add charts
 * of its own.
 * <p>
 * The server sends the whole chart as one JSON document in the element property {@code config}:
 * {@code {"type":"bar","horizontal":false,"stacked":false,"legend":true,"labels":[...],
 * "datasets":[{"label":"...","values":[...],"colours":["#1676f3"]}]}}. Labels and dataset names are plain text
 * (already translated); the browser never interprets them as markup.
 */
@Tag("danvan-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./danvan-chart.js")
public class DanvanChart extends Component implements HasSize {

    private static final long serialVersionUID = 1L;

    /** The element property carrying the JSON document. */
    static final String CONFIG_PROPERTY = "config";

    private ChartType type;
    private List<String> labels = List.of();
    private List<ChartDataset> datasets = List.of();
    private boolean horizontal;
    private boolean stacked;
    private boolean legend = true;

    /** An empty chart of a type. */
    public DanvanChart(ChartType type) {
        this.type = Objects.requireNonNull(type, "type");
        getElement().setAttribute("role", "img");
        send();
    }

    /** The chart type. */
    public ChartType getType() {
        return type;
    }

    /** Changes the chart type. */
    public void setType(ChartType type) {
        this.type = Objects.requireNonNull(type, "type");
        send();
    }

    /** The labels (bar groups, slices) currently shown. */
    public List<String> getLabels() {
        return labels;
    }

    /** The series currently shown. */
    public List<ChartDataset> getDatasets() {
        return datasets;
    }

    /**
     * Replaces what the chart shows.
     *
     * @param labels one per bar group or slice, plain text
     * @param datasets the series; each has exactly one value per label
     * @throws IllegalArgumentException when a series does not have one value per label
     */
    public void setData(List<String> labels, List<ChartDataset> datasets) {
        List<String> newLabels = List.copyOf(labels);
        List<ChartDataset> newDatasets = List.copyOf(datasets);
        for (ChartDataset dataset : newDatasets) {
            if (dataset.values().size() != newLabels.size()) {
                throw new IllegalArgumentException("dataset '" + dataset.label() + "' has "
                        + dataset.values().size() + " values for " + newLabels.size() + " labels");
            }
        }
        this.labels = newLabels;
        this.datasets = newDatasets;
        send();
    }

    /** Bars run left to right instead of bottom to top (long labels read better on a phone). */
    public void setHorizontal(boolean horizontal) {
        this.horizontal = horizontal;
        send();
    }

    /** Bars of several series are stacked instead of side by side. */
    public void setStacked(boolean stacked) {
        this.stacked = stacked;
        send();
    }

    /** Whether the legend is shown (default: shown). */
    public void setLegendVisible(boolean legend) {
        this.legend = legend;
        send();
    }

    /** A text for screen readers describing the chart (the canvas itself says nothing to them). */
    public void setAccessibleName(String name) {
        if (name == null) {
            getElement().removeAttribute("aria-label");
        } else {
            getElement().setAttribute("aria-label", name);
        }
    }

    /** Called when the user clicks a bar or a slice; the way to drill down. */
    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    /** The JSON document the browser receives. */
    String toJson() {
        JsonText json = new JsonText().beginObject()
                .name("type").value(type.chartJsName())
                .name("horizontal").value(horizontal)
                .name("stacked").value(stacked)
                .name("legend").value(legend)
                .name("labels").beginArray();
        labels.forEach(json::value);
        json.endArray().name("datasets").beginArray();
        for (ChartDataset dataset : datasets) {
            json.beginObject().name("label").value(dataset.label()).name("values").beginArray();
            dataset.values().forEach(json::value);
            json.endArray().name("colours").beginArray();
            dataset.colours().forEach(json::value);
            json.endArray().endObject();
        }
        return json.endArray().endObject().toString();
    }

    private void send() {
        getElement().setProperty(CONFIG_PROPERTY, toJson());
    }
}
