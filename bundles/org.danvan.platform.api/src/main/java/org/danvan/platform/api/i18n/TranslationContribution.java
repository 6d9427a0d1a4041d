package org.danvan.platform.api.i18n;

import java.util.Locale;
import java.util.ResourceBundle;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle's translations. Register as an OSGi service; the shell's translation provider asks every registered
 * contribution for a key. The base file ({@code baseName.properties}) holds Vietnamese, the default language;
 * {@code _en} and {@code _fr} files hold English and French. Files are UTF-8.
 */
@ConsumerType
public interface TranslationContribution {

    /** Base name of the resource bundle inside the contributing bundle, e.g. {@code i18n.noticeboard}. */
    String baseName();

    /**
     * Loads the bundle for a locale from the contributing bundle's class loader. Override only to load from
     * elsewhere.
     */
    default ResourceBundle resourceBundle(Locale locale) {
        return ResourceBundle.getBundle(baseName(), locale, getClass().getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
