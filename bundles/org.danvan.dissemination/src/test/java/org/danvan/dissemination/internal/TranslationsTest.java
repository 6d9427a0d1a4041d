package org.danvan.dissemination.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;

import org.danvan.dissemination.api.DocumentKind;
import org.danvan.dissemination.api.SessionForm;
import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

/** The three languages are complete; kinds, forms and the rule row have labels. */
class TranslationsTest {

    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.dissemination").literalsStartingWith("dissemination.validation.",
                "dissemination.evidence.").assertComplete();
    }

    @Test
    void everyKindFormAndRuleHasALabelInEachLanguage() {
        for (Locale locale : new Locale[] { Locale.ROOT, Locale.ENGLISH, Locale.FRENCH }) {
            ResourceBundle texts = ResourceBundle.getBundle("i18n.dissemination", locale);
            for (DocumentKind k : DocumentKind.values()) {
                assertTrue(texts.containsKey(k.labelKey()), k + " " + locale);
            }
            for (SessionForm f : SessionForm.values()) {
                assertTrue(texts.containsKey(f.labelKey()), f + " " + locale);
            }
            assertTrue(texts.containsKey("rules." + DisseminationServiceImpl.REMIND_RULE));
        }
    }
}
