package org.danvan.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/** Access to the bundle's translation files {@code i18n/calendar[_en|_fr].properties}. */
public final class CalendarTranslations {

    /** The base name of the translation bundle; Vietnamese is the default file. */
    public static final String BASE_NAME = "i18n.calendar";

    private CalendarTranslations() {
    }

    /**
     * The texts of one language file, read as UTF-8.
     *
     * @param suffix "" for Vietnamese, "_en", "_fr"
     * @return the texts
     */
    public static Properties load(String suffix) {
        String resource = BASE_NAME.replace('.', '/') + suffix + ".properties";
        try (InputStream in = CalendarTranslations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the bundle");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /**
     * The keys of the Vietnamese (default) file, which every other language must also have.
     *
     * @return the keys
     */
    public static Set<String> vietnameseKeys() {
        return Set.copyOf(load("").stringPropertyNames());
    }
}
