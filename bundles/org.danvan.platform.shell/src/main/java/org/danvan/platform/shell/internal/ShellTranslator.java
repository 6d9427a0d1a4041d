package org.danvan.platform.shell.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.danvan.platform.api.ui.TranslationContribution;
import org.danvan.platform.api.ui.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Translates keys from every registered {@link TranslationContribution}. Vietnamese is the default: a locale the
 * platform does not speak falls back to it, and so does a key missing in English or French (through the resource
 * bundle parent chain).
 */
@Component(service = { Translator.class, ShellTranslator.class }, immediate = true)
public class ShellTranslator implements Translator, I18NProvider, ContributionRegistry.Listener {

    private static final long serialVersionUID = 1L;
    public static final Locale VIETNAMESE = LANGUAGES.get(0);

    private final transient ContributionRegistry registry;
    private final transient Map<TranslationContribution, Map<Locale, ResourceBundle>> cache = new ConcurrentHashMap<>();

    @Activate
    public ShellTranslator(@Reference ContributionRegistry registry) {
        this.registry = registry;
        registry.addListener(this);
    }

    @Deactivate
    void deactivate() {
        registry.removeListener(this);
    }

    /** The supported locale closest to {@code locale}: same language, else Vietnamese. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return VIETNAMESE;
        }
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(VIETNAMESE);
    }

    @Override
    public String translate(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale language = supported(locale);
        for (TranslationContribution contribution : registry.translations()) {
            ResourceBundle bundle = bundle(contribution, language);
            if (bundle != null && bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params == null || params.length == 0 ? pattern
                        : new MessageFormat(pattern, language).format(params);
            }
        }
        return "!" + key + "!";
    }

    private ResourceBundle bundle(TranslationContribution contribution, Locale language) {
        Map<Locale, ResourceBundle> byLocale = cache.computeIfAbsent(contribution, c -> new ConcurrentHashMap<>());
        ResourceBundle bundle = byLocale.get(language);
        if (bundle == null) {
            try {
                // ROOT for Vietnamese: the base file is Vietnamese
                bundle = contribution.resourceBundle(language.equals(VIETNAMESE) ? Locale.ROOT : language);
                byLocale.put(language, bundle);
            } catch (MissingResourceException e) {
                return null;
            }
        }
        return bundle;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    @Override
    public void contributionsChanged() {
        cache.keySet().retainAll(registry.translations());
    }
}
