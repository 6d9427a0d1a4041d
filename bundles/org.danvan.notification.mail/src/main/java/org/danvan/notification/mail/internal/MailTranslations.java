package org.danvan.notification.mail.internal;

import org.danvan.platform.api.i18n.TranslationContribution;
import org.osgi.service.component.annotations.Component;

/** Texts of the e-mail delivery: messages and refusals ({@code i18n/mail*.properties}). */
@Component(service = TranslationContribution.class)
public class MailTranslations implements TranslationContribution {

    @Override
    public String baseName() {
        return "i18n.mail";
    }
}
