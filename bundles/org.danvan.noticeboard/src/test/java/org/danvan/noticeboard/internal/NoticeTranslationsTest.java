package org.danvan.noticeboard.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

class NoticeTranslationsTest {

    /** Vietnamese, English and French alike, and every key the code names (module, permissions, refusals) exists. */
    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.noticeboard").literalsStartingWith("noticeboard.validation.", "noticeboard.error.")
                .assertComplete();
    }
}
