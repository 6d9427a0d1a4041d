package org.danvan.conduct.ui.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

class UiTranslationsTest {

    /** The screens' texts in the three languages; refusals, forms, states come from the domain bundle. */
    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.conduct-ui").alsoUsing("i18n.conduct").literalsStartingWith("conduct.ui.")
                .assertComplete();
    }
}
