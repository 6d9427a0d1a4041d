package ${package}.ui.internal;

import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

class UiTranslationsTest {

    /** The screen's texts in the three languages; the refusals it shows come from the domain bundle. */
    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.${moduleId}-ui").alsoUsing("i18n.${moduleId}")
                .literalsStartingWith("${moduleId}.ui.").assertComplete();
    }
}
