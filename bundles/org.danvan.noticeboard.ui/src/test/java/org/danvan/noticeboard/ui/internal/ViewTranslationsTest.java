package org.danvan.noticeboard.ui.internal;

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

import org.junit.jupiter.api.Test;

class ViewTranslationsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<Locale> LANGUAGES = List.of(VI, Locale.ENGLISH, Locale.FRENCH);
    /** The screen's resource bundle, as declared by @DanvanTranslations in package-info.java. */
    private final org.danvan.platform.api.i18n.TranslationContribution translations = () -> "i18n.noticeboard-view";

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        Set<String> vietnamese = new TreeSet<>(translations.resourceBundle(VI).keySet());
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.ENGLISH).keySet()));
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.FRENCH).keySet()));
        assertEquals("Bảng tin", translations.resourceBundle(VI).getString("noticeboard.view.title"));
        assertEquals("Tableau d’affichage",
                translations.resourceBundle(Locale.FRENCH).getString("noticeboard.view.title"));
    }

    /** Every {@code noticeboard.view.*} key written in the screen's code exists in every language. */
    @Test
    void everyKeyTheScreenUsesIsTranslated() throws IOException {
        Pattern literal = Pattern.compile("\"(noticeboard\\.view\\.[A-Za-z.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() >= 20, "keys found in code: " + used);
        for (Locale locale : LANGUAGES) {
            ResourceBundle bundle = translations.resourceBundle(locale);
            for (String key : used) {
                assertTrue(bundle.containsKey(key), locale + " lacks " + key);
            }
            for (String key : bundle.keySet()) {
                assertFalse(bundle.getString(key).contains("'"), locale + " " + key + ": straight apostrophe");
            }
        }
    }
}
