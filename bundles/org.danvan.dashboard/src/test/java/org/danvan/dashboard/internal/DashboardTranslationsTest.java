package org.danvan.dashboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.danvan.cases.api.DueState;
import org.junit.jupiter.api.Test;

class DashboardTranslationsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<Locale> LANGUAGES = List.of(VI, Locale.ENGLISH, Locale.FRENCH);
    private final DashboardTranslations translations = new DashboardTranslations();

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        Set<String> vietnamese = new TreeSet<>(translations.resourceBundle(VI).keySet());
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.ENGLISH).keySet()));
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.FRENCH).keySet()));
        // read as UTF-8, diacritics intact
        assertEquals("Tổng quan", translations.resourceBundle(VI).getString("dashboard.title"));
        assertEquals("Quá hạn", translations.resourceBundle(VI).getString("dashboard.due.OVERDUE"));
        assertEquals("Vue d’ensemble", translations.resourceBundle(Locale.FRENCH).getString("dashboard.title"));
    }

    @Test
    void everyDueStateHasALabel() {
        for (Locale locale : LANGUAGES) {
            for (DueState due : DueState.values()) {
                assertTrue(translations.resourceBundle(locale).containsKey(DashboardCharts.dueKey(due)),
                        locale + " lacks " + due);
            }
        }
    }

    /** Every {@code dashboard.*} key written in the code exists in every language. */
    @Test
    void everyKeyTheScreenUsesIsTranslated() throws IOException {
        Pattern literal = Pattern.compile("\"(dashboard\\.[A-Za-z.]+[A-Za-z])\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() >= 25, "keys found in code: " + used);
        for (Locale locale : LANGUAGES) {
            ResourceBundle bundle = translations.resourceBundle(locale);
            for (String key : used) {
                assertTrue(bundle.containsKey(key), locale + " lacks " + key);
            }
            for (String key : bundle.keySet()) {
                // MessageFormat swallows a straight apostrophe
                assertFalse(bundle.getString(key).contains("'"), locale + " " + key + ": straight apostrophe");
            }
        }
    }
}
