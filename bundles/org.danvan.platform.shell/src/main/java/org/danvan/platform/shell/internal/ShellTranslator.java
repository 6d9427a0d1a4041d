package org.danvan.platform.shell.internal;

import java.util.List;
import java.util.Locale;

import org.danvan.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.i18n.I18NProvider;

/** Vaadin's translation provider: the platform {@link Translator}, which merges every bundle's translations. */
@Component(service = ShellTranslator.class, immediate = true)
public class ShellTranslator implements I18NProvider {

    private static final long serialVersionUID = 1L;
    public static final Locale VIETNAMESE = Translator.LANGUAGES.get(0);

    private final transient Translator translator;

    @Activate
    public ShellTranslator(@Reference Translator translator) {
        this.translator = translator;
    }

    /** The supported locale closest to {@code locale}: same language, else Vietnamese. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return VIETNAMESE;
        }
        return Translator.LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(VIETNAMESE);
    }

    /** The text for a key (see {@link Translator#translate}). */
    public String translate(String key, Locale locale, Object... params) {
        return translator.translate(key, locale, params);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Translator.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translator.translate(key, locale, params);
    }
}
