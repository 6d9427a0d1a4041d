package org.danvan.emulation.ui.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

class UiTranslationsTest {

    /** The screens' texts in the three languages; the refusals they show come from the domain bundle. */
    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.emulation-ui").alsoUsing("i18n.emulation").literalsStartingWith("emulation.ui.")
                .assertComplete();
    }
}
