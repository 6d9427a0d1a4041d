package org.danvan.reception.ui.internal;

import org.danvan.platform.api.i18n.TranslationContribution;

/** Texts of the reception screens ({@code i18n/reception-ui*.properties}); labels of the domain come from it. */
@org.osgi.service.component.annotations.Component(service = TranslationContribution.class)
public class ReceptionUiTranslations implements TranslationContribution {

    @Override
    public String baseName() {
        return "i18n.reception-ui";
    }
}
