package org.danvan.reports.internal;

import org.danvan.platform.api.i18n.TranslationContribution;

/** Texts of the periodic reports ({@code i18n/reports*.properties}). */
@org.osgi.service.component.annotations.Component(service = TranslationContribution.class)
public class ReportsTranslations implements TranslationContribution {

    /** The resource bundle's base name. */
    static final String BASE_NAME = "i18n.reports";

    @Override
    public String baseName() {
        return BASE_NAME;
    }
}
