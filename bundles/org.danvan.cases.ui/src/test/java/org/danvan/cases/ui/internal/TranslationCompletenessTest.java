package org.danvan.cases.ui.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

/** The SDK kit's check: each language file on its own (no fallback), and every key the screens' code names. */
class TranslationCompletenessTest {

    @Test
    void theScreensTranslationsAreComplete() {
        TranslationCheck.of("i18n.cases-ui").alsoUsing("i18n.cases").assertComplete();
    }
}
