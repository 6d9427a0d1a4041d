package org.danvan.supervision.ui.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

class UiTranslationsTest {

    /** The screens' texts in the three languages; the refusals they show come from the domain bundle. */
    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.supervision-ui").alsoUsing("i18n.supervision")
                .literalsStartingWith("supervision.ui.").assertComplete();
    }
}
