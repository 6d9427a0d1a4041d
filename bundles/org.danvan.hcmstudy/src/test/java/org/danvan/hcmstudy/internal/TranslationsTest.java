package org.danvan.hcmstudy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.danvan.hcmstudy.api.Behaviour;
import org.danvan.hcmstudy.api.Classification;
import org.danvan.hcmstudy.api.ProgrammeDraft;
import org.danvan.rules.api.FigureUnit;
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.RuleTable;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

/** The three languages are complete; behaviours, classifications and rule rows all have their labels. */
class TranslationsTest {

    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.hcmstudy").literalsStartingWith("hcmstudy.validation.", "hcmstudy.error.",
                "hcmstudy.evidence.").assertComplete();
    }

    @Test
    void everyBehaviourClassificationAndRuleHasALabelInEachLanguage() {
        for (Locale locale : new Locale[] { Locale.ROOT, Locale.ENGLISH, Locale.FRENCH }) {
            ResourceBundle texts = ResourceBundle.getBundle("i18n.hcmstudy", locale);
            for (Behaviour b : BehaviourCatalog.load()) {
                assertTrue(texts.containsKey(b.labelKey()), b.labelKey() + " " + locale);
            }
            for (Classification c : Classification.values()) {
                assertTrue(texts.containsKey("hcmstudy.classification." + c.name()), c + " " + locale);
            }
            // a year is written 2026, not 2.026 or 2,026 as a number would be
            assertTrue(new MessageFormat(texts.getString(ProgrammeDraft.YEAR_RANGE), locale).format(
                    new Object[] { 2016, 2027 }).matches(".*2016.*2027.*"), locale.toString());
            assertTrue(texts.containsKey("rules." + CommitmentServiceImpl.MID_YEAR_FIGURE));
            assertTrue(texts.containsKey("rules." + CommitmentServiceImpl.YEAR_END_FIGURE));
        }
    }

    @Test
    void theReviewMomentsAreCitedConfigurableRows() {
        RuleTable rules = RealRules.withModuleFiles("rules/hcmstudy-rules.csv");
        RuleFigure mid = rules.figure(CommitmentServiceImpl.MID_YEAR_FIGURE, LocalDate.of(2026, 1, 1)).orElseThrow();
        assertEquals(0, mid.value().compareTo(BigDecimal.valueOf(6)));
        assertEquals(FigureUnit.MONTHS, mid.unit());
        assertTrue(mid.citation().contains("01-KL/TW"), mid.citation());
        assertEquals(11, rules.figure(CommitmentServiceImpl.YEAR_END_FIGURE, LocalDate.of(2026, 1, 1)).orElseThrow()
                .intValue());
        // Directive 05-CT/TW is of 15 May 2016: no row before
        assertTrue(rules.figure(CommitmentServiceImpl.MID_YEAR_FIGURE, LocalDate.of(2016, 5, 14)).isEmpty());
        // [verify] rows: a Party committee whose guidance differs sets its own moment in etc/org.danvan.rules.cfg
        RuleTable overridden = RealRules.withModuleFiles(Map.of("hcmstudy.review.midyear.limit", "5"),
                "rules/hcmstudy-rules.csv");
        assertEquals(5, overridden.figure(CommitmentServiceImpl.MID_YEAR_FIGURE, LocalDate.of(2026, 12, 31))
                .orElseThrow().intValue());
    }
}
