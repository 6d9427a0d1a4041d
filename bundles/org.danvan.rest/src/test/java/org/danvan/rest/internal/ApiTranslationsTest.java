package org.danvan.rest.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

class ApiTranslationsTest {

    /** Vietnamese, English and French alike, and every key the code names exists. */
    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.api").literalsStartingWith("api.validation.", "api.error.").assertComplete();
    }
}
