package org.danvan.rest.ui.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

class ApiUiTranslationsTest {

    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.api-ui").assertComplete();
    }
}
