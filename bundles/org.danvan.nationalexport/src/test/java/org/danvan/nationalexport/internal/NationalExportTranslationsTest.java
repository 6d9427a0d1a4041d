package org.danvan.nationalexport.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

class NationalExportTranslationsTest {

    /** Vietnamese, English and French alike, and every key the code names (module, permission, configuration). */
    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.national-export").literalsStartingWith("national-export.config.").assertComplete();
    }
}
