package org.danvan.identity.ui.internal;

import org.danvan.platform.api.i18n.TranslationContribution;

/** Texts of the administration screens and the profile page ({@code i18n/identity-ui*.properties}). */
@org.osgi.service.component.annotations.Component(service = TranslationContribution.class)
public class IdentityUiTranslations implements TranslationContribution {

    @Override
    public String baseName() {
        return "i18n.identity-ui";
    }
}
