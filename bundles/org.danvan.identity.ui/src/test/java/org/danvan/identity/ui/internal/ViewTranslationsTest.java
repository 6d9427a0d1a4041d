package org.danvan.identity.ui.internal;

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

import org.danvan.identity.api.UnitChange;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.ui.kit.UnitLabels;
import org.junit.jupiter.api.Test;

class ViewTranslationsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<Locale> LANGUAGES = List.of(VI, Locale.ENGLISH, Locale.FRENCH);
    private final IdentityUiTranslations translations = new IdentityUiTranslations();

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        Set<String> vietnamese = new TreeSet<>(translations.resourceBundle(VI).keySet());
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.ENGLISH).keySet()));
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.FRENCH).keySet()));
        assertEquals("Hồ sơ của tôi", translations.resourceBundle(VI).getString("identity.ui.profile.title"));
        assertEquals("Mon profil", translations.resourceBundle(Locale.FRENCH).getString("identity.ui.profile.title"));
    }

    /** Every {@code identity.ui.*} key written in the screens' code exists in every language. */
    @Test
    void everyKeyTheScreensUseIsTranslated() throws IOException {
        Pattern literal = Pattern.compile("\"(identity\\.ui\\.[A-Za-z.-]+[A-Za-z])\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() >= 80, "keys found in code: " + used);
        for (Locale locale : LANGUAGES) {
            ResourceBundle bundle = translations.resourceBundle(locale);
            for (String key : used) {
                assertTrue(bundle.containsKey(key), locale + " lacks " + key);
            }
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                assertFalse(text.contains("'"), locale + " " + key + ": straight apostrophe");
                assertFalse(text.isBlank(), locale + " " + key + ": empty");
                // the shell formats every text with MessageFormat: it must parse
                new MessageFormat(text, locale);
            }
        }
    }

    /** Lock states, unit kinds, change kinds and merge modes get their labels from keys built at run time. */
    @Test
    void keysBuiltAtRunTimeAreTranslated() {
        for (Locale locale : LANGUAGES) {
            ResourceBundle bundle = translations.resourceBundle(locale);
            for (String state : List.of("all", "locked", "unlocked")) {
                assertTrue(bundle.containsKey("identity.ui.users.filter.locked." + state), locale + " " + state);
            }
            // unit kinds are named by the identity core's texts (the kit's UnitLabels.kindKey)
            ResourceBundle core = ResourceBundle.getBundle("i18n.identity", locale.getLanguage().equals("vi")
                    ? Locale.ROOT : locale, ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String kind : OrgUnitKinds.ALL) {
                assertTrue(core.containsKey(UnitLabels.kindKey(kind)), locale + " kind " + kind);
            }
            for (UnitChange.Kind change : UnitChange.Kind.values()) {
                assertTrue(bundle.containsKey("identity.ui.unit.change." + change.name().toLowerCase(Locale.ROOT)),
                        locale + " change " + change);
            }
            for (String mode : List.of("keep", "new")) {
                assertTrue(bundle.containsKey("identity.ui.unit.merge.mode." + mode), locale + " merge " + mode);
            }
        }
    }
}
