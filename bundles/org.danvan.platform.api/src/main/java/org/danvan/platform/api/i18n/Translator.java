package org.danvan.platform.api.i18n;

import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Translates keys from all registered {@link TranslationContribution}s. Provided by the shell as an OSGi service
 * for code outside a Vaadin UI (shell commands, notifications); inside a view, use {@code getTranslation}.
 */
@ProviderType
public interface Translator {

    /** The languages DanVan speaks, Vietnamese first. */
    java.util.List<Locale> LANGUAGES = java.util.List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH, Locale.FRENCH);

    /**
     * The text for {@code key} in {@code locale} (falling back to Vietnamese), with {@link java.text.MessageFormat}
     * parameters applied ({@link java.time.LocalDate} parameters as {@code dd/MM/yyyy}); {@code !key!} when no
     * contribution knows the key.
     */
    String translate(String key, Locale locale, Object... params);
}
