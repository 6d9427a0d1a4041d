package org.danvan.emulation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The bundle's data files: comma-separated rows, '#' comments; read strictly — a bad line fails loudly. */
final class DataFiles {

    private DataFiles() {
    }

    /** The lines of a resource of this bundle. */
    static List<String> lines(String resource) {
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the bundle");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each row that is neither blank nor a comment, split into {@code columns} fields (the last keeps commas). */
    static <T> List<T> rows(String resource, List<String> lines, int columns, Function<String[], T> row) {
        List<T> rows = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] fields = content.split(",", columns);
            try {
                if (fields.length != columns) {
                    throw new IllegalArgumentException("expected " + columns + " columns");
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                if (fields[columns - 1].isEmpty()) {
                    throw new IllegalArgumentException("no citation");
                }
                rows.add(row.apply(fields));
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + " line " + number + ": " + e.getMessage() + " in "
                        + content, e);
            }
        }
        return rows;
    }
}
