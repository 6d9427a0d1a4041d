package org.danvan.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.danvan.calendar.api.DayUnit;
import org.danvan.rules.api.ExtensionPolicy;
import org.danvan.rules.api.StatutoryRule;
import org.danvan.rules.api.Variant;
import org.junit.jupiter.api.Test;

class RuleTableParserTest {

    private static final String GOOD = "a.b,2020-01-01,30,CALENDAR_DAYS,COMPLEX=45 COMPLEX+REMOTE=60,2,30,"
            + "CALENDAR_DAYS,COMPLEX=1 ESPECIALLY_COMPLEX=2,true,false,Luật X, Điều 1, khoản 2";

    @Test
    void aFullRowIsReadWithCommasInTheCitation() throws IOException {
        StatutoryRule rule = RuleTableParser.parse(new StringReader("# comment\n\n" + GOOD + "\n"), "t").get(0);
        assertEquals(new StatutoryRule("a.b", LocalDate.of(2020, 1, 1), 30, DayUnit.CALENDAR_DAYS,
                Map.of(Set.of(Variant.COMPLEX), 45, Set.of(Variant.COMPLEX, Variant.REMOTE), 60),
                new ExtensionPolicy(2, 30, DayUnit.CALENDAR_DAYS, true,
                        Map.of(Set.of(Variant.COMPLEX), 1, Set.of(Variant.ESPECIALLY_COMPLEX), 2)),
                "Luật X, Điều 1, khoản 2", false), rule);
    }

    @Test
    void badRowsAreRejectedWithTheirLineNumber() {
        assertRejected("a.b,2020-01-01,30", "line 1: expected 12 fields");
        assertRejected(GOOD.replace("a.b,", "A b,"), "rule id 'A b'");
        assertRejected(GOOD.replace("2020-01-01", "2020-02-30"), "'2020-02-30' is not a date");
        assertRejected(GOOD.replace(",30,CALENDAR_DAYS,COMPLEX=45", ",-3,CALENDAR_DAYS,COMPLEX=45"), "limit must be");
        assertRejected(GOOD.replace("30,CALENDAR_DAYS,COMPLEX=45", "30,DAYS,COMPLEX=45"), "unit must be");
        assertRejected(GOOD.replace("COMPLEX+REMOTE=60", "HARD=60"), "unknown variant 'HARD'");
        assertRejected(GOOD.replace("COMPLEX+REMOTE=60", "COMPLEX=50"), "lists [COMPLEX] twice");
        assertRejected(GOOD.replace("ESPECIALLY_COMPLEX=2", "ESPECIALLY_COMPLEX=3"), "must be 0..2");
        assertRejected(GOOD.replace(",2,30,", ",0,30,"), "columns 7 to 10 must be '-'");
        assertRejected(GOOD.replace(",true,false,", ",yes,false,"), "expected true or false");
        assertRejected(GOOD.replace("Luật X, Điều 1, khoản 2", ""), "the citation is missing");
        assertRejected("# c\n" + GOOD + "\n" + GOOD, "line 3: a.b from 2020-01-01 is already defined on line 2");
    }

    @Test
    void theBundledTableParses() {
        assertEquals(27, RuleTableParser.bundled().size());
        assertEquals(6, RuleTableParser.bundledRows().figures().size());
    }

    private static void assertRejected(String csv, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleTableParser.parse(new StringReader(csv), "t.csv"));
        assertTrue(e.getMessage().startsWith("t.csv line "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
