package org.danvan.platform.modules.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.danvan.platform.api.i18n.TranslationContribution;
import org.danvan.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The platform's {@link Translator}, without Vaadin: merges every registered {@link TranslationContribution}, so a
 * headless node (console commands, e-mails, exports) translates as the screens do. Vietnamese is the default: a
 * locale the platform does not speak falls back to it, and so does a key missing in English or French.
 */
@Component(service = Translator.class, immediate = true)
public class PlatformTranslator implements Translator {

    public static final Locale VIETNAMESE = LANGUAGES.get(0);

    private final List<TranslationContribution> contributions = new CopyOnWriteArrayList<>();
    private final Map<TranslationContribution, Map<Locale, ResourceBundle>> cache = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addContribution(TranslationContribution contribution) {
        contributions.add(contribution);
    }

    public void removeContribution(TranslationContribution contribution) {
        contributions.remove(contribution);
        cache.remove(contribution);
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
        for (TranslationContribution contribution : contributions) {
            ResourceBundle bundle = bundle(contribution, language);
            if (bundle != null && bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params == null || params.length == 0 ? pattern
                        : new MessageFormat(pattern, language).format(days(params));
            }
        }
        return "!" + key + "!";
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy");

    /**
     * A day among the parameters reads dd/MM/yyyy, as Vietnamese official papers write it: MessageFormat would print
     * a {@link java.time.LocalDate} as ISO (2026-12-07) — a headless module hands days over as they are.
     */
    static Object[] days(Object[] params) {
        Object[] shown = params;
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof java.time.LocalDate day) {
                if (shown == params) {
                    shown = params.clone();
                }
                shown[i] = DAY.format(day);
            }
        }
        return shown;
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
}
