package org.danvan.procedures.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;

import org.danvan.procedures.api.Criterion;
import org.danvan.procedures.api.ProcedureLevel;
import org.danvan.procedures.api.Proposal;
import org.danvan.procedures.api.ReviewStatus;
import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

/** The three languages are complete; criteria, questions, levels, proposals, states and rule rows have labels. */
class TranslationsTest {

    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.procedures").literalsStartingWith("procedures.validation.", "procedures.evidence.")
                .assertComplete();
    }

    @Test
    void everyCriterionQuestionAndStateHasALabelInEachLanguage() {
        var criteria = CriteriaCatalog.load();
        assertEquals(4, criteria.size());
        assertEquals(java.util.List.of("necessity", "legality", "rationality", "efficiency"),
                criteria.stream().map(Criterion::id).toList());
        for (Locale locale : new Locale[] { Locale.ROOT, Locale.ENGLISH, Locale.FRENCH }) {
            ResourceBundle texts = ResourceBundle.getBundle("i18n.procedures", locale);
            for (Criterion c : criteria) {
                assertTrue(c.citation().contains("63/2010"), c.citation());
                assertTrue(texts.containsKey(c.labelKey()), c.labelKey());
                c.questionKeys().forEach(q -> assertTrue(texts.containsKey(q), q + " " + locale));
            }
            for (Proposal p : Proposal.values()) {
                assertTrue(texts.containsKey(p.labelKey()), p + " " + locale);
            }
            for (ReviewStatus s : ReviewStatus.values()) {
                assertTrue(texts.containsKey(s.labelKey()), s + " " + locale);
            }
            for (ProcedureLevel l : ProcedureLevel.values()) {
                assertTrue(texts.containsKey(l.labelKey()), l + " " + locale);
            }
            assertTrue(texts.containsKey("rules." + ReviewServiceImpl.ROUND_RULE));
            assertTrue(texts.containsKey("rules." + ReviewServiceImpl.IMPLEMENT_RULE));
        }
    }
}
