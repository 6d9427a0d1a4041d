package org.danvan.hcmstudy.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.danvan.hcmstudy.api.Behaviour;

/** The behaviours one can commit to, read from {@code hcmstudy/behaviours.csv} in this bundle. */
final class BehaviourCatalog {

    static final String RESOURCE = "/hcmstudy/behaviours.csv";

    private BehaviourCatalog() {
    }

    static List<Behaviour> load() {
        List<Behaviour> found = new ArrayList<>();
        try (InputStream in = BehaviourCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bundle");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String row = line.strip();
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                String[] columns = row.split(",");
                if (columns.length != 2 || !List.of("all", "leader", "mass").contains(columns[1].strip())) {
                    throw new IllegalStateException(RESOURCE + ": bad line '" + row + "'");
                }
                String id = columns[0].strip();
                found.add(new Behaviour(id, "hcmstudy.behaviour." + id, columns[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(found);
    }
}
