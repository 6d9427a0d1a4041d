package org.danvan.calendar.api;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The names of holidays and announced days ({@link Holiday#nameKey()}) in a language, for code that runs without
 * the web shell's {@code Translator} (console commands, reports). Vietnamese is the default language.
 */
public final class CalendarTexts {

    /** The base name of the calendar's translation bundle; the base file is Vietnamese. */
    public static final String BASE_NAME = "i18n.calendar";

    private CalendarTexts() {
    }

    /**
     * The text of a calendar key.
     *
     * @param key a key such as {@code calendar.holiday.tet}
     * @param locale the language; Vietnamese when the language has no file
     * @return the text, or {@code !key!} for an unknown key
     */
    public static String text(String key, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale, CalendarTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /**
     * A calendar message with its {@link java.text.MessageFormat} arguments, e.g. the text of a
     * {@code calendar.error.*} violation.
     *
     * @param key the message key
     * @param locale the language; Vietnamese when the language has no file
     * @param args the arguments
     * @return the formatted text, or {@code !key!} for an unknown key
     */
    public static String format(String key, Locale locale, Object... args) {
        String pattern = text(key, locale);
        return pattern.startsWith("!") ? pattern : new java.text.MessageFormat(pattern, locale).format(args);
    }

    /**
     * The Vietnamese text of a calendar key.
     *
     * @param key a key such as {@code calendar.holiday.tet}
     * @return the text, or {@code !key!} for an unknown key
     */
    public static String vietnamese(String key) {
        return text(key, Locale.ROOT);
    }
}
