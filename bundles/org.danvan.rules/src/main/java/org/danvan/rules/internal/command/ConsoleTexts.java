package org.danvan.rules.internal.command;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.danvan.rules.internal.RulesTranslations;

/**
 * The console speaks Vietnamese, the platform's default language, from this bundle's own translation file: the
 * commands must work on a headless installation without the web shell's {@code Translator}.
 */
final class ConsoleTexts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private ConsoleTexts() {
    }

    static String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(RulesTranslations.BASE_NAME, Locale.ROOT,
                ConsoleTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), VIETNAMESE).format(args);
    }

    /** A refusal the console shows as the command's error. */
    static IllegalArgumentException refusal(String key, Object... args) {
        return new IllegalArgumentException(text(key, args));
    }
}
