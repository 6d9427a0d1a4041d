package org.danvan.platform.ui.kit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

class DanvanChartTest {

    private static JsonObject sent(DanvanChart chart) {
        return Json.parse(chart.getElement().getProperty(DanvanChart.CONFIG_PROPERTY));
    }

    @Test
    void theElementReceivesTypeLabelsValuesAndColours() {
        DanvanChart chart = new DanvanChart(ChartType.BAR);
        chart.setData(List.of("Khiếu nại", "Tố cáo"), List.of(
                ChartDataset.ofCounts("Đúng hạn", List.of(3L, 0L), List.of("#2e7d32")),
                ChartDataset.ofCounts("Quá hạn", List.of(1L, 7L), List.of("#c62828", "#b71c1c"))));
        chart.setStacked(true);
        chart.setHorizontal(true);

        JsonObject config = sent(chart);
        assertEquals("bar", config.getString("type"));
        assertTrue(config.getBoolean("stacked"));
        assertTrue(config.getBoolean("horizontal"));
        assertTrue(config.getBoolean("legend"));
        JsonArray labels = config.getArray("labels");
        assertEquals(2, labels.length());
        assertEquals("Tố cáo", labels.getString(1));
        JsonArray datasets = config.getArray("datasets");
        assertEquals(2, datasets.length());
        JsonObject late = datasets.getObject(1);
        assertEquals("Quá hạn", late.getString("label"));
        assertEquals(7, late.getArray("values").getNumber(1));
        assertEquals("#b71c1c", late.getArray("colours").getString(1));
        assertEquals(1, datasets.getObject(0).getArray("colours").length());
        // whole counts travel as integers
        assertTrue(chart.getElement().getProperty(DanvanChart.CONFIG_PROPERTY).contains("\"values\":[3,0]"));
    }

    @Test
    void changingTheTypeOrLegendResendsTheDocument() {
        DanvanChart chart = new DanvanChart(ChartType.BAR);
        assertEquals("bar", sent(chart).getString("type"));
        assertEquals(0, sent(chart).getArray("labels").length());
        chart.setType(ChartType.DOUGHNUT);
        chart.setLegendVisible(false);
        assertEquals("doughnut", sent(chart).getString("type"));
        assertFalse(sent(chart).getBoolean("legend"));
    }

    @Test
    void labelsCannotBreakOutOfTheJsonString() {
        DanvanChart chart = new DanvanChart(ChartType.PIE);
        String nasty = "a\"b\\c\nd</script><img src=x onerror=alert(1)>\u2028\u0001";
        chart.setData(List.of(nasty), List.of(ChartDataset.ofCounts(nasty, List.of(1L), List.of("#abc"))));
        JsonObject config = sent(chart);
        assertEquals(nasty, config.getArray("labels").getString(0));
        assertEquals(nasty, config.getArray("datasets").getObject(0).getString("label"));
    }

    @Test
    void malformedDataIsRefused() {
        DanvanChart chart = new DanvanChart(ChartType.BAR);
        assertThrows(IllegalArgumentException.class, () -> chart.setData(List.of("a", "b"),
                List.of(ChartDataset.ofCounts("x", List.of(1L), List.of("#000000")))));
        assertThrows(IllegalArgumentException.class,
                () -> ChartDataset.ofCounts("x", List.of(1L, 2L, 3L), List.of("#000", "#fff")));
        assertThrows(IllegalArgumentException.class,
                () -> ChartDataset.ofCounts("x", List.of(1L), List.of("red;background:url(x)")));
        assertThrows(IllegalArgumentException.class,
                () -> new ChartDataset("x", List.of(-1.0), List.of("#000")));
        assertThrows(IllegalArgumentException.class,
                () -> new ChartDataset("x", List.of(Double.NaN), List.of("#000")));
        // the refused data did not replace what is shown
        assertEquals(0, sent(chart).getArray("labels").length());
    }

    @Test
    void aClickInTheBrowserReachesTheListenerWithTheServersLabel() {
        DanvanChart chart = new DanvanChart(ChartType.BAR);
        chart.setData(List.of("Tiếp nhận", "Thụ lý"), List.of(
                ChartDataset.ofCounts("Số vụ việc", List.of(4L, 2L), List.of("#1676f3"))));
        List<ChartClickEvent> clicks = new ArrayList<>();
        chart.addChartClickListener(clicks::add);

        fireBrowserClick(chart, 1, 0);
        fireBrowserClick(chart, 5, 0);

        assertEquals(2, clicks.size());
        ChartClickEvent click = clicks.get(0);
        assertTrue(click.isFromClient());
        assertTrue(click.isValid());
        assertEquals("Thụ lý", click.getLabel());
        assertEquals("Số vụ việc", click.getDataset().label());
        assertFalse(clicks.get(1).isValid(), "a position outside the data must not be taken for a label");
    }

    @Test
    void theShellFrontendBuildFindsTheBrowserHalf() {
        assertEquals("./danvan-chart.js", DanvanChart.class.getAnnotation(JsModule.class).value());
        NpmPackage npm = DanvanChart.class.getAnnotation(NpmPackage.class);
        assertEquals("chart.js", npm.value());
        assertTrue(npm.version().matches("4\\.\\d+\\.\\d+"), "pinned 4.x: " + npm.version());
    }

    private static void fireBrowserClick(DanvanChart chart, int labelIndex, int datasetIndex) {
        JsonObject data = Json.createObject();
        data.put("event.detail.labelIndex", labelIndex);
        data.put("event.detail.datasetIndex", datasetIndex);
        chart.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(chart.getElement(), "danvan-chart-click", data));
    }
}
