package org.danvan.reception.ui.internal;

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

import org.danvan.platform.api.i18n.TranslationContribution;
import org.junit.jupiter.api.Test;

class ViewTranslationsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<Locale> LANGUAGES = List.of(VI, Locale.ENGLISH, Locale.FRENCH);
    private final ReceptionUiTranslations translations = new ReceptionUiTranslations();
    /** The domain bundle's texts (labels, validation messages), which the screens use too. */
    private final TranslationContribution domain = () -> "i18n.reception";

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        Set<String> vietnamese = new TreeSet<>(translations.resourceBundle(VI).keySet());
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.ENGLISH).keySet()));
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.FRENCH).keySet()));
        assertEquals("Sổ tiếp công dân", translations.resourceBundle(VI).getString("reception.ui.book.title"));
        assertEquals("Tạo hồ sơ từ lượt tiếp", translations.resourceBundle(VI).getString("reception.ui.book.openCase"));
        assertEquals("Dialogues avec les citoyens",
                translations.resourceBundle(Locale.FRENCH).getString("reception.ui.dialogue.title"));
    }

    /** Every {@code reception.*} key written in the screens' code exists in every language, here or in the domain. */
    @Test
    void everyKeyTheScreensUseIsTranslated() throws IOException {
        Pattern literal = Pattern.compile("\"(reception\\.[A-Za-z.-]+[A-Za-z])\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() >= 120, "keys found in code: " + used.size());
        for (Locale locale : LANGUAGES) {
            ResourceBundle own = translations.resourceBundle(locale);
            ResourceBundle labels = domain.resourceBundle(locale);
            for (String key : used) {
                assertTrue(key.startsWith("reception.ui.") ? own.containsKey(key) : labels.containsKey(key),
                        locale + " lacks " + key);
            }
            for (String key : own.keySet()) {
                String text = own.getString(key);
                assertFalse(text.contains("'"), locale + " " + key + ": straight apostrophe");
                assertFalse(text.isBlank(), locale + " " + key + ": empty");
                new MessageFormat(text, locale);
            }
        }
    }

    /** Case numbers and years are not written with a thousands separator. */
    @Test
    void numbersAreWrittenWithoutGrouping() {
        for (Locale locale : LANGUAGES) {
            ResourceBundle own = translations.resourceBundle(locale);
            String text = new MessageFormat(own.getString("reception.ui.book.recorded"), locale)
                    .format(new Object[] { 12, 2026 });
            assertTrue(text.contains("12/2026"), locale + ": " + text);
            String link = new MessageFormat(own.getString("reception.ui.book.case"), locale)
                    .format(new Object[] { 12345L });
            assertTrue(link.contains("12345"), locale + ": " + link);
        }
    }
}
