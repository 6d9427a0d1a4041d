package org.danvan.nationalexport.ui.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

class NationalExportUiTranslationsTest {

    /** The screen's texts in Vietnamese, English and French; the configuration problems come from the domain bundle. */
    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.national-export-ui").alsoUsing("i18n.national-export")
                .literalsStartingWith("national-export-ui.").assertComplete();
    }
}
