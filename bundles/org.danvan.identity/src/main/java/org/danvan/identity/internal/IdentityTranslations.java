package org.danvan.identity.internal;

import org.danvan.platform.api.i18n.TranslationContribution;
import org.osgi.service.component.annotations.Component;

/** Texts of the identity core: login errors, role and permission names ({@code i18n/identity*.properties}). */
@Component(service = TranslationContribution.class)
public class IdentityTranslations implements TranslationContribution {

    @Override
    public String baseName() {
        return "i18n.identity";
    }
}
