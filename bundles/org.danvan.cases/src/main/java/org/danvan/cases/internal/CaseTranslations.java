package org.danvan.cases.internal;

import org.danvan.platform.api.i18n.TranslationContribution;
import org.osgi.service.component.annotations.Component;

/** Texts of the case engine: kinds, statuses, actions, permissions, errors ({@code i18n/cases*.properties}). */
@Component(service = TranslationContribution.class)
public class CaseTranslations implements TranslationContribution {

    @Override
    public String baseName() {
        return "i18n.cases";
    }
}
