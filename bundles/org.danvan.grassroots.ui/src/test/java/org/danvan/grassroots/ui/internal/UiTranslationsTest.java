package org.danvan.grassroots.ui.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

class UiTranslationsTest {

    /** The screen's texts in the three languages; the refusals it shows come from the domain bundle. */
    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.grassroots-ui").alsoUsing("i18n.grassroots")
                .literalsStartingWith("grassroots.ui.").assertComplete();
    }
}
