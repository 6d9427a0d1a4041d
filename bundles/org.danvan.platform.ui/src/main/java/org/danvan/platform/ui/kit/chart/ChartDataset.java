package org.danvan.platform.ui.kit.chart;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One series of a chart.
 *
 * @param label the series' name, shown in legend and tooltip (already translated)
 * @param values one value per chart label, in label order; finite and not negative
 * @param colours CSS colours in the form {@code #rgb} or {@code #rrggbb}: one for the whole series, or one per value
 *            (pie and doughnut slices, or bars coloured by meaning)
 */
public record ChartDataset(String label, List<Double> values, List<String> colours) {

    private static final Pattern COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    public ChartDataset {
        Objects.requireNonNull(label, "label");
        values = List.copyOf(values);
        colours = List.copyOf(colours);
        for (Double value : values) {
            if (value.isNaN() || value.isInfinite() || value < 0) {
                throw new IllegalArgumentException("chart value must be finite and not negative: " + value);
            }
        }
        if (colours.isEmpty() || colours.size() != 1 && colours.size() != values.size()) {
            throw new IllegalArgumentException(
                    "a dataset needs one colour or one per value, got " + colours.size() + " for " + values.size());
        }
        for (String colour : colours) {
            // the colour ends up in the browser's canvas; only plain hex colours are let through
            if (!COLOUR.matcher(colour).matches()) {
                throw new IllegalArgumentException("not a #rgb or #rrggbb colour: " + colour);
            }
        }
    }

    /** A series of counts in one colour or one colour per value. */
    public static ChartDataset ofCounts(String label, List<Long> counts, List<String> colours) {
        return new ChartDataset(label, counts.stream().map(Long::doubleValue).toList(), colours);
    }
}
