package org.danvan.noticeboard.ui.internal;

import org.danvan.platform.api.ui.TranslationContribution;

/** Texts of the notice board screen ({@code i18n/noticeboard-view*.properties}). */
@org.osgi.service.component.annotations.Component(service = TranslationContribution.class)
public class NoticeBoardViewTranslations implements TranslationContribution {

    @Override
    public String baseName() {
        return "i18n.noticeboard-view";
    }
}
