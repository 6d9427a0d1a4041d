package org.danvan.rules.internal;

import static org.danvan.calendar.api.DayUnit.CALENDAR_DAYS;
import static org.danvan.calendar.api.DayUnit.WORKING_DAYS;
import static org.danvan.rules.api.Variant.COMPLEX;
import static org.danvan.rules.api.Variant.ESPECIALLY_COMPLEX;
import static org.danvan.rules.api.Variant.REMOTE;
import static org.danvan.rules.api.Variant.SEVERAL_AGENCIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.danvan.calendar.api.DayUnit;
import org.danvan.rules.api.ExtensionPolicy;
import org.danvan.rules.api.StatutoryRule;
import org.danvan.rules.api.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each row of the shipped table against the law, with the figures written here from the statutes as summarised in
 * the project's legal-rules.md — independently of the CSV, so a typo there fails here.
 */
class RuleCitationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private final StatutoryRuleTable table = Tables.bundled();

    /** id, limit, unit, instrument, article, configurable ([verify] items of legal-rules.md). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "complaint.filing           | 90 | CALENDAR_DAYS | 02/2011/QH13    | Điều 9  | false",
        "complaint.accept           | 10 | CALENDAR_DAYS | 02/2011/QH13    | Điều 27 | true",
        "complaint.first.resolve    | 30 | CALENDAR_DAYS | 02/2011/QH13    | Điều 28 | false",
        "complaint.second.filing    | 30 | CALENDAR_DAYS | 02/2011/QH13    | Điều 33 | false",
        "complaint.second.resolve   | 45 | CALENDAR_DAYS | 02/2011/QH13    | Điều 37 | false",
        "denunciation.classify      |  7 | WORKING_DAYS  | 25/2018/QH14    | Điều 24 | true",
        "denunciation.accept.notify |  5 | WORKING_DAYS  | 25/2018/QH14    | Điều 29 | false",
        "denunciation.resolve       | 30 | CALENDAR_DAYS | 25/2018/QH14    | Điều 30 | false",
        "petition.process           | 10 | CALENDAR_DAYS | 05/2021/TT-TTCP |         | true",
        "info.inperson.provide      | 10 | WORKING_DAYS  | 104/2016/QH13   | Điều 29 | false",
        "info.electronic.provide    |  3 | WORKING_DAYS  | 104/2016/QH13   | Điều 30 | false",
        "info.post.provide          |  5 | WORKING_DAYS  | 104/2016/QH13   | Điều 31 | false",
        "info.post.complex.notify   |  3 | WORKING_DAYS  | 104/2016/QH13   | Điều 31 | false",
        "info.electronic.complex.notify | 3 | WORKING_DAYS | 104/2016/QH13 | Điều 30 | false",
        "complaint.second.accept    | 10 | CALENDAR_DAYS | 02/2011/QH13    | Điều 36 | false",
        "denunciation.transfer      |  5 | WORKING_DAYS  | 25/2018/QH14    | Điều 24 | false",
        "reception.answer           | 10 | WORKING_DAYS  | 42/2013/QH13    | Điều 28 | false",
        "voter.answer               | 60 | CALENDAR_DAYS | 30/2020/QĐ-TTg  |         | true" })
    void rowMatchesItsCitation(String id, int limit, DayUnit unit, String instrument, String article,
            boolean configurable) {
        StatutoryRule rule = table.rule(id, TODAY).orElseThrow(() -> new AssertionError(id + " missing"));
        assertEquals(limit, rule.limit(), id);
        assertEquals(unit, rule.unit(), id);
        assertTrue(rule.citation().contains(instrument), rule.citation());
        if (article != null) {
            assertTrue(rule.citation().endsWith(article), rule.citation());
        }
        assertEquals(configurable, rule.configurable(), id);
    }

    /** The rows of Law 136/2025/QH15 and its decrees, in force from 1 July 2026; [verify] rows are configurable. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "complaint.accept                 | 7  | WORKING_DAYS  | 155/2026/NĐ-CP | true",
        "complaint.second.accept          | 7  | WORKING_DAYS  | 155/2026/NĐ-CP | true",
        "complaint.suspension.notify      | 3  | WORKING_DAYS  | 136/2025/QH15  | true",
        "complaint.dialogue.notice        | 5  | CALENDAR_DAYS | 155/2026/NĐ-CP | true",
        "petition.unprocessed             | 45 | CALENDAR_DAYS | 154/2026/NĐ-CP | true",
        "reception.refusal.notify         | 3  | WORKING_DAYS  | 154/2026/NĐ-CP | true",
        "reception.online.notice          | 5  | WORKING_DAYS  | 136/2025/QH15  | true",
        "reception.online.connection.test | 1  | WORKING_DAYS  | 154/2026/NĐ-CP | true",
        "reception.answer                 | 10 | WORKING_DAYS  | 42/2013/QH13   | false" })
    void rowsInForceFromJuly2026(String id, int limit, DayUnit unit, String instrument, boolean configurable) {
        LocalDate july = LocalDate.of(2026, 7, 1);
        StatutoryRule rule = table.rule(id, july).orElseThrow(() -> new AssertionError(id + " missing"));
        assertEquals(limit, rule.limit(), id);
        assertEquals(unit, rule.unit(), id);
        assertTrue(rule.citation().contains(instrument), rule.citation());
        assertEquals(configurable, rule.configurable(), id);
        assertEquals(ExtensionPolicy.NONE, rule.extension(), id);
    }

    @Test
    void exactlyTheRequiredRuleIdsAndTheComplexNoticeExist() {
        assertEquals(new TreeSet<>(Set.of("complaint.filing", "complaint.accept", "complaint.first.resolve",
                "complaint.second.filing", "complaint.second.resolve", "denunciation.classify",
                "denunciation.accept.notify", "denunciation.resolve", "petition.process", "info.inperson.provide",
                "info.electronic.provide", "info.post.provide", "info.post.complex.notify", "voter.answer",
                "complaint.second.accept", "complaint.suspension.notify", "complaint.dialogue.notice",
                "denunciation.transfer", "petition.unprocessed", "info.electronic.complex.notify",
                "reception.answer", "reception.refusal.notify", "reception.online.notice",
                "reception.online.connection.test")),
                new TreeSet<>(table.ruleIds()));
    }

    /** Law 02/2011 art. 28: 30, complex 45; remote 45, complex 60. Art. 37: 45/60; remote 60/70. Art. 33: 30/45. */
    @Test
    void complaintVariants() {
        assertEquals(30, table.limit("complaint.first.resolve", TODAY, Set.of()));
        assertEquals(45, table.limit("complaint.first.resolve", TODAY, Set.of(COMPLEX)));
        assertEquals(45, table.limit("complaint.first.resolve", TODAY, Set.of(REMOTE)));
        assertEquals(60, table.limit("complaint.first.resolve", TODAY, Set.of(COMPLEX, REMOTE)));
        assertEquals(60, table.limit("complaint.first.resolve", TODAY, Set.of(ESPECIALLY_COMPLEX, REMOTE)),
                "especially complex is complex");
        assertEquals(45, table.limit("complaint.second.resolve", TODAY, Set.of()));
        assertEquals(60, table.limit("complaint.second.resolve", TODAY, Set.of(COMPLEX)));
        assertEquals(60, table.limit("complaint.second.resolve", TODAY, Set.of(REMOTE)));
        assertEquals(70, table.limit("complaint.second.resolve", TODAY, Set.of(COMPLEX, REMOTE)));
        assertEquals(30, table.limit("complaint.second.filing", TODAY, Set.of(COMPLEX)), "complexity does not count");
        assertEquals(45, table.limit("complaint.second.filing", TODAY, Set.of(REMOTE)));
        assertEquals(90, table.limit("complaint.filing", TODAY, Set.of(COMPLEX, REMOTE)));
    }

    /** Decision 33/2017 art. 12: 40 days, 50 when several agencies answer. Law 104/2016 art. 31: complex 15. */
    @Test
    void otherVariants() {
        LocalDate before2020 = LocalDate.of(2020, 9, 30);
        assertEquals(40, table.limit("voter.answer", before2020, Set.of()));
        assertEquals(50, table.limit("voter.answer", before2020, Set.of(SEVERAL_AGENCIES)));
        assertEquals(50, table.limit("voter.answer", before2020, Set.of(SEVERAL_AGENCIES, REMOTE)));
        assertEquals(60, table.limit("voter.answer", TODAY, Set.of(SEVERAL_AGENCIES)), "Decision 30/2020: one limit");
        assertEquals(5, table.limit("info.post.provide", TODAY, Set.of()));
        assertEquals(15, table.limit("info.post.provide", TODAY, Set.of(COMPLEX)));
        assertEquals(30, table.limit("denunciation.resolve", TODAY, Set.of(ESPECIALLY_COMPLEX)));
    }

    /** Law 25/2018 art. 30: complex one extension ≤30 days, especially complex two, each ≤30 days. */
    @Test
    void extensionPolicies() {
        ExtensionPolicy denunciation = table.rule("denunciation.resolve", TODAY).orElseThrow().extension();
        assertEquals(30, denunciation.maxDaysEach());
        assertEquals(CALENDAR_DAYS, denunciation.unit());
        assertEquals(0, denunciation.allowedExtensions(Set.of()));
        assertEquals(0, denunciation.allowedExtensions(Set.of(REMOTE)));
        assertEquals(1, denunciation.allowedExtensions(Set.of(COMPLEX)));
        assertEquals(2, denunciation.allowedExtensions(Set.of(ESPECIALLY_COMPLEX)));
        assertEquals(2, denunciation.allowedExtensions(Set.of(ESPECIALLY_COMPLEX, COMPLEX, REMOTE)));

        ExtensionPolicy inPerson = table.rule("info.inperson.provide", TODAY).orElseThrow().extension();
        assertEquals(new ExtensionPolicy(1, 10, WORKING_DAYS, false), inPerson, "art. 29: at most 10");
        ExtensionPolicy electronic = table.rule("info.electronic.provide", TODAY).orElseThrow().extension();
        assertEquals(new ExtensionPolicy(1, 15, WORKING_DAYS, true), electronic, "art. 30: complex only");
        assertEquals(15, table.limit("info.electronic.provide", TODAY, Set.of(COMPLEX)));
        assertEquals(1, inPerson.allowedExtensions(Set.of()));

        ExtensionPolicy post = table.rule("info.post.provide", TODAY).orElseThrow().extension();
        assertEquals(new ExtensionPolicy(1, 15, WORKING_DAYS, true), post);
        assertEquals(0, post.allowedExtensions(Set.of()));
        assertEquals(1, post.allowedExtensions(Set.of(COMPLEX)));

        assertEquals(new ExtensionPolicy(1, 3, WORKING_DAYS, false),
                table.rule("denunciation.classify", TODAY).orElseThrow().extension(), "7 extendable to 10");
        for (String id : Set.of("complaint.filing", "complaint.accept", "complaint.first.resolve",
                "complaint.second.filing", "complaint.second.resolve", "denunciation.accept.notify",
                "petition.process", "info.post.complex.notify", "voter.answer", "complaint.second.accept",
                "denunciation.transfer", "info.electronic.complex.notify", "reception.answer")) {
            assertEquals(ExtensionPolicy.NONE, table.rule(id, TODAY).orElseThrow().extension(), id);
        }
    }

    /** The instruments' dates of entry into force: no rule applies to events before them. */
    @Test
    void rowsStartWhenTheirInstrumentCameIntoForce() {
        assertTrue(table.rule("complaint.filing", LocalDate.of(2012, 7, 1)).isPresent());
        assertFalse(table.rule("complaint.filing", LocalDate.of(2012, 6, 30)).isPresent());
        assertTrue(table.rule("denunciation.resolve", LocalDate.of(2019, 1, 1)).isPresent());
        assertFalse(table.rule("denunciation.resolve", LocalDate.of(2018, 12, 31)).isPresent());
        assertTrue(table.rule("info.post.provide", LocalDate.of(2018, 7, 1)).isPresent());
        assertFalse(table.rule("info.post.provide", LocalDate.of(2018, 6, 30)).isPresent());
        assertTrue(table.rule("voter.answer", LocalDate.of(2017, 9, 15)).isPresent(), "Decision 33/2017");
        assertFalse(table.rule("voter.answer", LocalDate.of(2017, 9, 14)).isPresent());
        assertTrue(table.rule("reception.answer", LocalDate.of(2014, 7, 1)).isPresent(), "Law 42/2013");
    }

    @Test
    void variantLookupPrefersTheLargestMatchingCombination() {
        StatutoryRule rule = new StatutoryRule("x.y", TODAY, 10, CALENDAR_DAYS,
                Map.of(Set.of(COMPLEX), 20, Set.of(REMOTE), 25, Set.of(COMPLEX, REMOTE), 22), ExtensionPolicy.NONE,
                "c", false);
        assertEquals(22, rule.limit(Set.of(COMPLEX, REMOTE)), "the pair beats the larger single value");
        StatutoryRule noPair = new StatutoryRule("x.y", TODAY, 10, CALENDAR_DAYS,
                Map.of(Set.of(COMPLEX), 20, Set.of(REMOTE), 25), ExtensionPolicy.NONE, "c", false);
        assertEquals(25, noPair.limit(Set.<Variant>of(COMPLEX, REMOTE)), "equal size: the longer limit");
        assertEquals(10, noPair.limit(Set.of(SEVERAL_AGENCIES)));
    }
}
