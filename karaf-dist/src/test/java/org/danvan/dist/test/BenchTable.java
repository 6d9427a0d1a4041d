package org.danvan.dist.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The benchmark suite's one table (bench/README.md): each figure with its floor measured in the same run, the ratio,
 * the target ratio and whether it is met, under a header naming the machine (cores, kernel, Java, load average).
 */
public final class BenchTable {

    /** How a figure's value and floor are printed. */
    public enum Unit {
        SECONDS("s", "%.1f"), MEBIBYTES("MiB", "%.0f");

        private final String symbol;
        private final String format;

        Unit(String symbol, String format) {
            this.symbol = symbol;
            this.format = format;
        }

        String print(double value) {
            return String.format(Locale.ROOT, format, value) + " " + symbol;
        }
    }

    private record Row(String figure, double value, double floor, Unit unit, OptionalDouble target) {

        double ratio() {
            return value / floor;
        }
    }

    private static final String LINE = "%-52s %11s %11s %8s %8s  %s";

    private final String title;
    private final String loadAtStart = loadAverage();
    private final List<Row> rows = new ArrayList<>();

    public BenchTable(String title) {
        this.title = title;
    }

    /** A figure against its floor; {@code targetRatio} empty when the issue sets no target for it. */
    public void add(String figure, double value, double floor, Unit unit, OptionalDouble targetRatio) {
        rows.add(new Row(figure, value, floor, unit, targetRatio));
    }

    /** The table, header included; one line per figure. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(title).append('\n');
        out.append("machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Linux ")
                .append(read("/proc/sys/kernel/osrelease")).append(", Java ").append(System.getProperty("java.runtime.version"))
                .append(" (").append(System.getProperty("java.vm.name")).append(")\n");
        out.append("load average (1/5/15 min): at start ").append(loadAtStart).append(", at end ").append(loadAverage())
                .append('\n');
        out.append(String.format(Locale.ROOT, LINE, "figure", "value", "floor", "ratio", "target", "result"))
                .append('\n');
        for (Row row : rows) {
            String target = row.target().isPresent()
                    ? String.format(Locale.ROOT, "<= %.1fx", row.target().getAsDouble()) : "-";
            String result = row.target().isPresent() ? (row.ratio() <= row.target().getAsDouble() ? "pass" : "MISS") : "-";
            out.append(String.format(Locale.ROOT, LINE, row.figure(), row.unit().print(row.value()),
                    row.unit().print(row.floor()), String.format(Locale.ROOT, "%.2fx", row.ratio()), target, result))
                    .append('\n');
        }
        return out.toString();
    }

    /** Prints the table (each line prefixed {@code BENCH}) and writes it to {@code file}. */
    public void publish(Path file) {
        String table = render();
        table.lines().forEach(line -> System.out.println("BENCH " + line));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Median of measured values (mean of the middle two for an even count). */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String loadAverage() {
        String[] fields = read("/proc/loadavg").split(" ");
        return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2] : "unknown";
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
