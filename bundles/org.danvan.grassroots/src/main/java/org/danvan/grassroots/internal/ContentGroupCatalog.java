package org.danvan.grassroots.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.danvan.grassroots.api.ContentGroup;

/** The groups of art. 11 as the bundle's data file lists them (groups/content-groups.csv). */
final class ContentGroupCatalog {

    static final String RESOURCE = "groups/content-groups.csv";

    private final List<ContentGroup> groups;

    private ContentGroupCatalog(List<ContentGroup> groups) {
        this.groups = List.copyOf(groups);
    }

    /** Reads the file strictly: a bad line is a build defect and fails loudly. */
    static ContentGroupCatalog load() {
        InputStream in = ContentGroupCatalog.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the bundle");
        }
        List<ContentGroup> groups = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String[] f = content.split(",");
                if (f.length != 3 || !f[1].matches("DAYS|PERMANENT") || !f[2].matches("true|false")) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected number,DAYS|PERMANENT,"
                            + "true|false but found " + content);
                }
                int item = Integer.parseInt(f[0].strip());
                if (item != groups.size() + 1) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": item " + item + " out of order");
                }
                groups.add(new ContentGroup(item, f[1].equals("PERMANENT"), Boolean.parseBoolean(f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentGroupCatalog(groups);
    }

    List<ContentGroup> all() {
        return groups;
    }

    Optional<ContentGroup> find(int number) {
        return number < 1 || number > groups.size() ? Optional.empty() : Optional.of(groups.get(number - 1));
    }
}
