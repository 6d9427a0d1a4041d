package org.danvan.audit.internal;

import org.danvan.platform.api.i18n.TranslationContribution;
import org.osgi.service.component.annotations.Component;

/**
 * Texts of the audit trail ({@code i18n/audit*.properties}): the permission, the validation messages and the names
 * of the actions this bundle writes. Convention for every bundle: the optional key {@code audit.action.<action>}
 * (e.g. {@code audit.action.identity.login.failed}) names an action in the viewer; without it the viewer shows the
 * action id.
 */
@Component(service = TranslationContribution.class)
public class AuditTranslations implements TranslationContribution {

    @Override
    public String baseName() {
        return "i18n.audit";
    }
}
