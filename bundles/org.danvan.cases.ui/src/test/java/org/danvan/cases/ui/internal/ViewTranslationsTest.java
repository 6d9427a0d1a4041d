package org.danvan.cases.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.danvan.cases.api.DueState;
import org.danvan.cases.api.Worklist;
import org.danvan.rules.api.Variant;
import org.junit.jupiter.api.Test;

class ViewTranslationsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<Locale> LANGUAGES = List.of(VI, Locale.ENGLISH, Locale.FRENCH);
    private final CasesUiTranslations translations = new CasesUiTranslations();

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        Set<String> vietnamese = new TreeSet<>(translations.resourceBundle(VI).keySet());
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.ENGLISH).keySet()));
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.FRENCH).keySet()));
        assertEquals("Hồ sơ vụ việc", translations.resourceBundle(VI).getString("cases.ui.worklist.title"));
        assertEquals("Tiếp nhận đơn", translations.resourceBundle(VI).getString("cases.ui.intake.title"));
        assertEquals("Dossiers", translations.resourceBundle(Locale.FRENCH).getString("cases.ui.worklist.title"));
    }

    /** Every {@code cases.ui.*} key written in the screens' code exists in every language. */
    @Test
    void everyKeyTheScreensUseIsTranslated() throws IOException {
        Pattern literal = Pattern.compile("\"(cases\\.ui\\.[A-Za-z.-]+[A-Za-z])\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() >= 140, "keys found in code: " + used.size());
        for (Locale locale : LANGUAGES) {
            ResourceBundle bundle = translations.resourceBundle(locale);
            for (String key : used) {
                assertTrue(bundle.containsKey(key), locale + " lacks " + key);
            }
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                assertFalse(text.contains("'"), locale + " " + key + ": straight apostrophe");
                assertFalse(text.isBlank(), locale + " " + key + ": empty");
                new MessageFormat(text, locale);
            }
        }
    }

    /** Tabs, due states, variants, duplicate reasons and states, and timeline detail keys are built at run time. */
    @Test
    void keysBuiltAtRunTimeAreTranslated() {
        List<String> built = new ArrayList<>();
        for (Worklist list : Worklist.values()) {
            built.add("cases.ui.worklist." + list.name());
        }
        for (DueState state : DueState.values()) {
            built.add(CaseBadges.dueKey(state));
        }
        for (Variant variant : Variant.values()) {
            built.add("cases.ui.variant." + variant.name());
        }
        for (String reason : List.of("PERSON", "CONTENT")) {
            built.add("cases.ui.duplicate.reason." + reason);
        }
        for (String state : List.of("OPEN", "LINKED", "DISMISSED")) {
            built.add("cases.ui.duplicate.state." + state);
        }
        // the step details the engine writes today (CaseLifecycle, CaseCreation, CaseFiles, DuplicateReview)
        for (String detail : List.of("channel", "source", "number", "kind", "duplicates", "file", "size",
                "processable", "variants", "note", "targetBody", "targetUnitId", "rule", "days", "decision",
                "decidedOn", "reason", "dueBefore", "dueAfter", "outcome", "resolvedOn", "late", "dueDate",
                "legalGround", "summary", "acceptedOn", "notifiedOn", "competentBody", "guidance", "handlerUserId",
                "handlerName", "reopens", "secondCase", "other", "attachment")) {
            built.add("cases.ui.step." + detail);
        }
        for (Locale locale : LANGUAGES) {
            ResourceBundle bundle = translations.resourceBundle(locale);
            for (String key : built) {
                assertTrue(bundle.containsKey(key), locale + " lacks " + key);
            }
        }
    }
}
