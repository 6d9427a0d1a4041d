package org.danvan.cases.internal.testing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.danvan.platform.api.i18n.Translator;

/** The platform's translator over this bundle's own {@code i18n/cases*.properties}: {@code !key!} when missing. */
public final class BundleTranslator implements Translator {

    @Override
    public String translate(String key, Locale locale, Object... params) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.cases", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
