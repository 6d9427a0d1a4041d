package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.danvan.rules.api.RuleTable;
import org.danvan.sdk.testing.RealRules;
import org.junit.jupiter.api.Test;

/** The module's rule file is accepted by the rules bundle, and its clock runs on the real working-day calendar. */
class RulesTest {

    private final RuleTable rules = RealRules.withModuleFiles("rules/${moduleId}-rules.csv");

    @Test
    void theReportClockSkipsWeekendsAndTet() {
        // Friday 2027-02-05: Tết Đinh Mùi closes the offices from 5 to 11 February 2027 (danvan:holidays 2027), so
        // the 5 working days are 12, 15, 16, 17 and 18 February
        LocalDate due = rules.dueDate("${moduleId}.entry.report", LocalDate.of(2027, 2, 5), Set.of());
        assertEquals(LocalDate.of(2027, 2, 18), due);
        assertTrue(RealRules.calendar().isWorkingDay(due));
        // an ordinary week: Monday 2026-11-02 + 5 working days = Monday 2026-11-09
        assertEquals(LocalDate.of(2026, 11, 9), rules.dueDate("${moduleId}.entry.report", LocalDate.of(2026, 11, 2),
                Set.of()));
    }
}
