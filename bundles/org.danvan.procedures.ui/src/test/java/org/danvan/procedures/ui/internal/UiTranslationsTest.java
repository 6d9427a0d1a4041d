package org.danvan.procedures.ui.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

class UiTranslationsTest {

    /** The screens' texts in the three languages; refusals, criteria and proposals come from the domain bundle. */
    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.procedures-ui").alsoUsing("i18n.procedures").literalsStartingWith("procedures.ui.")
                .assertComplete();
    }
}
