package org.danvan.reports.internal;

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

import org.danvan.reports.api.PeriodKind;
import org.junit.jupiter.api.Test;

class ReportTranslationsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<Locale> LANGUAGES = List.of(VI, Locale.ENGLISH, Locale.FRENCH);
    private final ReportsTranslations translations = new ReportsTranslations();

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        Set<String> vietnamese = new TreeSet<>(translations.resourceBundle(VI).keySet());
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.ENGLISH).keySet()));
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.FRENCH).keySet()));
        assertEquals("Báo cáo định kỳ", translations.resourceBundle(VI).getString("reports.view.title"));
        assertEquals("Rapports périodiques", translations.resourceBundle(Locale.FRENCH).getString("reports.view.title"));
    }

    /** Every {@code reports.*} key written in the code, and every period's label, exists in every language. */
    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Pattern literal = Pattern.compile("\"(reports\\.[A-Za-z.]*[A-Za-z])\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (PeriodKind kind : PeriodKind.values()) {
            used.add("reports.period." + kind.name());
        }
        for (ReportColumns column : ReportColumns.ALL) {
            used.add(column.labelKey());
        }
        assertTrue(used.size() >= 40, "keys found in code: " + used);
        for (Locale locale : LANGUAGES) {
            ResourceBundle bundle = translations.resourceBundle(locale);
            for (String key : used) {
                assertTrue(bundle.containsKey(key), locale + " lacks " + key);
            }
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                assertFalse(text.contains("'"), locale + " " + key + ": straight apostrophe");
                new MessageFormat(text, locale).format(new Object[] { 2000, 2100, "a", "b" });
            }
        }
    }

    @Test
    void yearsInMessagesHaveNoThousandsSeparator() {
        assertEquals("Năm báo cáo phải từ 2000 đến 2100.", FileTexts.vietnamese().text("reports.error.year", 2000, 2100));
    }
}
