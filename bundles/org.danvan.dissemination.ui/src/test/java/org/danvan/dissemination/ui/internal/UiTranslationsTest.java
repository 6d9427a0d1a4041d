package org.danvan.dissemination.ui.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

class UiTranslationsTest {

    /** The screens' texts in the three languages; refusals, kinds and forms come from the domain bundle. */
    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.dissemination-ui").alsoUsing("i18n.dissemination")
                .literalsStartingWith("dissemination.ui.").assertComplete();
    }
}
