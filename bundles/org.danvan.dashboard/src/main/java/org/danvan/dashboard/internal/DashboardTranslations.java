package org.danvan.dashboard.internal;

import org.danvan.platform.api.i18n.TranslationContribution;

/** Texts of the dashboard ({@code i18n/dashboard*.properties}); kinds and statuses come from the case engine. */
@org.osgi.service.component.annotations.Component(service = TranslationContribution.class)
public class DashboardTranslations implements TranslationContribution {

    @Override
    public String baseName() {
        return "i18n.dashboard";
    }
}
