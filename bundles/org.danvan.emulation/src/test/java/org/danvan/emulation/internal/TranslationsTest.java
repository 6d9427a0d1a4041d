package org.danvan.emulation.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    /** Vietnamese, English and French have the same keys, and every key the code uses exists. */
    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.emulation").literalsStartingWith("emulation.validation.", "emulation.error.",
                "emulation.evidence.").assertComplete();
    }
}
