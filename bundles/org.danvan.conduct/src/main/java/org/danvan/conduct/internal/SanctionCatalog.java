package org.danvan.conduct.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.danvan.conduct.api.SanctionForm;

/** The forms of discipline, read from the module's cited data file {@code conduct/sanction-forms.csv}. */
final class SanctionCatalog {

    static final String FILE = "conduct/sanction-forms.csv";

    private SanctionCatalog() {
    }

    static List<SanctionForm> load() {
        try (InputStream in = SanctionCatalog.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the bundle");
            }
            List<SanctionForm> forms = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String[] f = content.split(";", 3);
                if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
                    throw new IllegalStateException(FILE + ": bad line " + line);
                }
                String id = f[0].strip();
                forms.add(new SanctionForm(id, "conduct.form." + id, f[1].strip(), f[2].strip()));
            }
            return List.copyOf(forms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
