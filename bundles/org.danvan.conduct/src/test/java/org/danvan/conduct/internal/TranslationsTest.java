package org.danvan.conduct.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;

import org.danvan.conduct.api.InspectionStatus;
import org.danvan.conduct.api.SanctionForm;
import org.danvan.conduct.api.Severity;
import org.danvan.rules.api.RuleTable;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.TranslationCheck;
import org.junit.jupiter.api.Test;

/** The three languages are complete; forms, states, severities and rule rows have labels; every form has its rule. */
class TranslationsTest {

    @Test
    void translationsAreComplete() {
        TranslationCheck.of("i18n.conduct").literalsStartingWith("conduct.validation.", "conduct.evidence.")
                .assertComplete();
    }

    @Test
    void everyFormStateAndRuleHasALabelInEachLanguage() {
        var forms = SanctionCatalog.load();
        assertEquals(java.util.List.of("reprimand", "warning", "salaryGradeReduction", "demotion", "dismissal",
                "removalFromOffice", "forcedResignation"), forms.stream().map(SanctionForm::id).toList());
        RuleTable rules = RealRules.withModuleFiles("rules/conduct-rules.csv");
        for (SanctionForm f : forms) {
            assertTrue(f.citation().contains("112/2020"), f.citation());
            assertTrue(rules.figure(f.limitationRule(), java.time.LocalDate.of(2026, 1, 1)).isPresent(),
                    f.limitationRule());
        }
        for (Locale locale : new Locale[] { Locale.ROOT, Locale.ENGLISH, Locale.FRENCH }) {
            ResourceBundle texts = ResourceBundle.getBundle("i18n.conduct", locale);
            forms.forEach(f -> assertTrue(texts.containsKey(f.labelKey()), f.labelKey()));
            for (InspectionStatus s : InspectionStatus.values()) {
                assertTrue(texts.containsKey(s.labelKey()), s + " " + locale);
            }
            for (Severity s : Severity.values()) {
                assertTrue(texts.containsKey(s.labelKey()), s + " " + locale);
            }
            forms.forEach(f -> assertTrue(texts.containsKey("rules." + f.limitationRule()), f.limitationRule()));
            assertTrue(texts.containsKey("rules." + ConductServiceImpl.REMEDY_RULE));
        }
    }
}
