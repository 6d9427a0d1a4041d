package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.internal.testing.BundleTranslator;
import org.junit.jupiter.api.Test;

/** Every milestone speaks vi, en and fr, with the code and the link, and only what it is given. */
class CitizenMailTextsTest {

    private final CitizenMailTexts texts = new CitizenMailTexts(new BundleTranslator(),
            "https://danvan.bacninh.example/tra-cuu");

    @Test
    void everyMilestoneIsWrittenInTheThreeLanguages() {
        for (String language : new String[] {"vi", "en", "fr"}) {
            for (CitizenMilestone milestone : CitizenMilestone.values()) {
                CitizenMailTexts.Message message = texts.render(language, milestone, LocalDate.of(2026, 12, 7),
                        "AB12-CD34-EF567", null);
                String all = message.subject() + message.body();
                assertFalse(all.contains("!case."), language + " " + milestone + ": " + all);
                assertTrue(message.subject().contains("AB12-CD34-EF567"), message.subject());
                assertTrue(message.body().contains("07/12/2026"), message.body());
                assertTrue(message.body().contains("https://danvan.bacninh.example/tra-cuu?ma=AB12-CD34-EF567"),
                        message.body());
            }
        }
    }

    @Test
    void theNewDueDateAndTheOutcomeAreSaidWhenGiven() {
        assertTrue(texts.render("vi", CitizenMilestone.EXTENDED, LocalDate.of(2026, 12, 7), "X", "2027-01-20").body()
                .contains("Thời hạn giải quyết mới: 20/01/2027"));
        assertTrue(texts.render("fr", CitizenMilestone.RESOLVED, LocalDate.of(2026, 12, 7), "X", "REJECTED").body()
                .contains("Résultat : "));
        assertFalse(texts.render("en", CitizenMilestone.RESOLVED, LocalDate.of(2026, 12, 7), "X", null).body()
                .contains("Result"));
    }

    @Test
    void anUnknownLanguageIsVietnameseAndOfficeStepsAreNoMilestones() {
        assertEquals("vi", CitizenMailOutbox.language("de-DE"));
        assertEquals("en", CitizenMailOutbox.language("en-US"));
        for (CaseAction office : new CaseAction[] {CaseAction.CLASSIFY, CaseAction.ASSIGN, CaseAction.COMMENT,
                CaseAction.ATTACH, CaseAction.UNMASK, CaseAction.NOTIFY_ACCEPTANCE}) {
            assertEquals(null, CitizenMilestone.of(office), office.name());
        }
    }

    @Test
    void addressesAreTakenOutOfFailureTexts() {
        assertEquals("550 <address> unknown", CitizenMailDrainer.withoutAddresses("550 <thu.ha@example.vn> unknown"));
    }
}
