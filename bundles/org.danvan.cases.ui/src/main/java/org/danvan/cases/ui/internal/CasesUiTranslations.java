package org.danvan.cases.ui.internal;

import org.danvan.platform.api.i18n.TranslationContribution;

/** Texts of the case screens ({@code i18n/cases-ui*.properties}); the engine's labels come from the engine. */
@org.osgi.service.component.annotations.Component(service = TranslationContribution.class)
public class CasesUiTranslations implements TranslationContribution {

    @Override
    public String baseName() {
        return "i18n.cases-ui";
    }
}
