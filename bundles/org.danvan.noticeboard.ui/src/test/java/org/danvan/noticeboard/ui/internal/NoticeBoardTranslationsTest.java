package org.danvan.noticeboard.ui.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

class NoticeBoardTranslationsTest {

    /** The screen's texts in Vietnamese, English and French; the refusals it shows come from the domain bundle. */
    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.noticeboard-view").alsoUsing("i18n.noticeboard")
                .literalsStartingWith("noticeboard.view.").assertComplete();
    }
}
