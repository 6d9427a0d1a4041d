package org.danvan.sdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.danvan.rules.api.RuleTable;
import org.junit.jupiter.api.Test;

class RealRulesTest {

    @Test
    void aModuleFileJoinsTheRealTableOnTheRealCalendar() {
        RuleTable rules = RealRules.withModuleFiles("rules/kit-rules.csv");
        // decision on Friday 2027-02-05, the first day of Tết 2027 (offices closed 5-11 February): the 5 working
        // days are 12, 15, 16, 17 and 18 February
        assertEquals(LocalDate.of(2027, 2, 18), rules.dueDate("kit.notice.start", LocalDate.of(2027, 2, 5),
                Set.of()));
        assertEquals(new BigDecimal("50"), rules.figure("kit.quorum", LocalDate.of(2026, 1, 1)).orElseThrow().value());
        assertEquals(10, rules.limit("complaint.accept", LocalDate.of(2026, 1, 5), Set.of()), "core rows are there");
    }

    @Test
    void filesTheServerWouldRefuseFailTheTest() {
        assertThrows(IllegalArgumentException.class, () -> RealRules.withModuleFiles("rules/kit-sneaky.csv"));
        assertThrows(IllegalArgumentException.class, () -> RealRules.withModuleFiles("rules/missing.csv"));
    }
}
