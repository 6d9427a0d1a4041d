package org.danvan.procedures.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.danvan.procedures.api.Criterion;

/** The four review criteria, read from the module's cited data file {@code procedures/criteria.csv}. */
final class CriteriaCatalog {

    static final String FILE = "procedures/criteria.csv";

    private CriteriaCatalog() {
    }

    static List<Criterion> load() {
        try (InputStream in = CriteriaCatalog.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the bundle");
            }
            List<Criterion> criteria = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String[] f = content.split(";", 3);
                if (f.length != 3 || f[2].isBlank()) {
                    throw new IllegalStateException(FILE + ": bad line " + line);
                }
                String id = f[0].strip();
                int questions = Integer.parseInt(f[1].strip());
                criteria.add(new Criterion(id, "procedures.criterion." + id, IntStream.rangeClosed(1, questions)
                        .mapToObj(n -> "procedures.criterion." + id + ".q" + n).toList(), f[2].strip()));
            }
            return List.copyOf(criteria);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
