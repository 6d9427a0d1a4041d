package org.danvan.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import org.danvan.calendar.api.DayUnit;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.api.StatutoryRule;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.TranslationCheck;
import org.danvan.supervision.api.RecommendationService;
import org.danvan.supervision.api.SupervisionService;
import org.junit.jupiter.api.Test;

/** The three languages are complete; the rule rows are cited, and the answer's row is the configurable one. */
class TranslationsTest {

    private static final String[] RULES = { SupervisionService.PLAN_RULE, SupervisionService.REPORT_RULE,
            RecommendationService.ANSWER_RULE };

    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.supervision").literalsStartingWith("supervision.validation.", "supervision.error.",
                "supervision.evidence.").assertComplete();
        for (Locale locale : new Locale[] { Locale.ROOT, Locale.ENGLISH, Locale.FRENCH }) {
            ResourceBundle texts = ResourceBundle.getBundle("i18n.supervision", locale);
            for (String rule : RULES) {
                assertTrue(texts.containsKey("rules." + rule), rule + " " + locale);
            }
        }
    }

    @Test
    void theClocksAreCitedRows() {
        RuleTable rules = RealRules.withModuleFiles("rules/supervision-rules.csv");
        LocalDate day = LocalDate.of(2026, 6, 1);
        StatutoryRule plan = rules.rule(SupervisionService.PLAN_RULE, day).orElseThrow();
        assertEquals(15, plan.limit());
        assertEquals(DayUnit.CALENDAR_DAYS, plan.unit());
        assertTrue(plan.citation().contains("403/2017"), plan.citation());
        assertEquals(15, rules.rule(SupervisionService.REPORT_RULE, day).orElseThrow().limit());
        StatutoryRule answer = rules.rule(RecommendationService.ANSWER_RULE, day).orElseThrow();
        assertTrue(answer.configurable() && answer.citation().contains("[verify]"), answer.citation());
        // Law 75/2015 sets no number of days: a locality sets its own
        RuleTable overridden = RealRules.withModuleFiles(Map.of("supervision.recommendation.answer.limit", "45"),
                "rules/supervision-rules.csv");
        assertEquals(LocalDate.of(2026, 7, 16), overridden.dueDate(RecommendationService.ANSWER_RULE, day, Set.of()));
    }
}
