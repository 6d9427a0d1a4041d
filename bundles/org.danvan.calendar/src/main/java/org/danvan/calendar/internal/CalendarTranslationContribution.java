package org.danvan.calendar.internal;

import org.danvan.platform.api.i18n.TranslationContribution;
import org.osgi.service.component.annotations.Component;

/** Holiday names, the permission name and the calendar's messages ({@code i18n/calendar*.properties}). */
@Component(service = TranslationContribution.class)
public class CalendarTranslationContribution implements TranslationContribution {

    @Override
    public String baseName() {
        return CalendarTranslations.BASE_NAME;
    }
}
