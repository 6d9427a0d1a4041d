package org.danvan.platform.shell.internal;

import org.danvan.platform.api.i18n.TranslationContribution;
import org.osgi.service.component.annotations.Component;

/** The shell's own texts: login, layout, errors. */
@Component(service = TranslationContribution.class)
public class ShellTranslations implements TranslationContribution {

    @Override
    public String baseName() {
        return "i18n.shell";
    }
}
