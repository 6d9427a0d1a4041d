package org.danvan.citizen.internal;

import org.danvan.platform.api.i18n.TranslationContribution;

/** Texts of the citizen status page ({@code i18n/citizen*.properties}). */
@org.osgi.service.component.annotations.Component(service = TranslationContribution.class)
public class CitizenTranslations implements TranslationContribution {

    @Override
    public String baseName() {
        return "i18n.citizen";
    }
}
