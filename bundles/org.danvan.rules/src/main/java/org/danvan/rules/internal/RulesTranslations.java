package org.danvan.rules.internal;

import org.danvan.platform.api.i18n.TranslationContribution;
import org.osgi.service.component.annotations.Component;

/** Rule names and the messages of the rule table and its commands ({@code i18n/rules*.properties}). */
@Component(service = TranslationContribution.class)
public class RulesTranslations implements TranslationContribution {

    /** The base name of the translation bundle; Vietnamese is the default file. */
    public static final String BASE_NAME = "i18n.rules";

    @Override
    public String baseName() {
        return BASE_NAME;
    }
}
