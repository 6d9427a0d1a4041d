package org.danvan.citizen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class CitizenTranslationsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<Locale> LANGUAGES = List.of(VI, Locale.ENGLISH, Locale.FRENCH);
    private final CitizenTranslations translations = new CitizenTranslations();

    @Test
    void theThreeLanguagesHaveTheSameKeysAndVietnameseIsTheBase() {
        Set<String> vietnamese = new TreeSet<>(translations.resourceBundle(Locale.ROOT).keySet());
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.ENGLISH).keySet()));
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.FRENCH).keySet()));
        assertEquals("Tra cứu hồ sơ", translations.resourceBundle(VI).getString("citizen.status.title"));
        assertEquals("Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau 42 giây.", MessageFormat.format(
                translations.resourceBundle(VI).getString(StatusLookup.TOO_MANY), 42L));
        assertEquals("Trop de recherches. Veuillez réessayer dans 42 secondes.", MessageFormat.format(
                translations.resourceBundle(Locale.FRENCH).getString(StatusLookup.TOO_MANY), 42L));
    }

    /** Every {@code citizen.*} key written in the code exists in every language. */
    @Test
    void everyKeyThePageUsesIsTranslated() throws IOException {
        Pattern literal = Pattern.compile("\"(citizen\\.[A-Za-z.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() >= 18, "keys found in code: " + used);
        for (Locale locale : LANGUAGES) {
            ResourceBundle bundle = translations.resourceBundle(locale);
            for (String key : used) {
                assertTrue(bundle.containsKey(key), locale + " lacks " + key);
            }
            for (String key : bundle.keySet()) {
                // MessageFormat would swallow a straight apostrophe
                assertFalse(bundle.getString(key).contains("'"), locale + " " + key + ": straight apostrophe");
            }
        }
    }
}
