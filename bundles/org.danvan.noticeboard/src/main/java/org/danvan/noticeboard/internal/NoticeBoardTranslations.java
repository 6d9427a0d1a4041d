package org.danvan.noticeboard.internal;

import org.danvan.platform.api.ui.TranslationContribution;
import org.osgi.service.component.annotations.Component;

/**
 * Texts of the notice board's domain: module name, permission names, validation and error messages
 * ({@code i18n/noticeboard*.properties}). The screen's own texts live in the UI bundle.
 */
@Component(service = TranslationContribution.class)
public class NoticeBoardTranslations implements TranslationContribution {

    @Override
    public String baseName() {
        return "i18n.noticeboard";
    }
}
