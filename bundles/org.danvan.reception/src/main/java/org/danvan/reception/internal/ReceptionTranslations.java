package org.danvan.reception.internal;

import org.danvan.platform.api.i18n.TranslationContribution;
import org.osgi.service.component.annotations.Component;

/** Texts of citizen reception: permissions, labels, warnings, refusals ({@code i18n/reception*.properties}). */
@Component(service = TranslationContribution.class)
public class ReceptionTranslations implements TranslationContribution {

    @Override
    public String baseName() {
        return "i18n.reception";
    }
}
