package org.danvan.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.danvan.rules.api.FigureUnit;
import org.danvan.rules.api.RuleFigure;
import org.junit.jupiter.api.Test;

/** Rows a module adds with {@code @DanvanRules}: figures, deadlines before an event, all-or-nothing files. */
class ModuleRulesTest {

    private static final String MODULE = """
            # a module's file
            demo.plan.send,2023-07-01,15,CALENDAR_DAYS,-,0,-,-,-,-,false,Luật số 10/2022/QH15, Điều 1
            demo.plan.send.working,2023-07-01,3,WORKING_DAYS,-,0,-,-,-,-,false,Luật số 10/2022/QH15, Điều 1
            demo.quorum,2023-07-01,50,PERCENT,-,-,-,-,-,-,true,Luật số 10/2022/QH15, Điều 22, khoản 1
            demo.quorum,2026-07-01,66.67,PERCENT,-,-,-,-,-,-,true,Luật số 97/2025/QH15, Điều 1
            demo.members,2023-07-01,3,COUNT,-,-,-,-,-,-,false,Luật số 10/2022/QH15, Điều 35
            """;

    private static RuleRows rows(String csv) throws IOException {
        return RuleTableParser.read(new StringReader(csv), "demo-rules.csv");
    }

    private static RuleTableComponent component(Map<String, Object> configuration) {
        return new RuleTableComponent(Tables.DEADLINES, Tables.CALENDAR, null, configuration);
    }

    @Test
    void figuresAreReadByDateWithTheirCitation() throws IOException {
        RuleTableComponent table = component(Map.of());
        assertTrue(table.add(7, "demo", rows(MODULE)));
        RuleFigure before = table.figure("demo.quorum", LocalDate.of(2026, 6, 30)).orElseThrow();
        assertEquals(new BigDecimal("50"), before.value());
        assertEquals(FigureUnit.PERCENT, before.unit());
        assertEquals("Luật số 10/2022/QH15, Điều 22, khoản 1", before.citation());
        assertEquals(new BigDecimal("66.67"), table.figure("demo.quorum", LocalDate.of(2026, 7, 1)).orElseThrow()
                .value());
        assertEquals(3, table.figure("demo.members", LocalDate.of(2026, 7, 1)).orElseThrow().intValue());
        assertTrue(table.figure("demo.quorum", LocalDate.of(2023, 6, 30)).isEmpty());
        assertEquals(2, table.figureHistory("demo.quorum").size());
        assertEquals(2, table.figuresOn(LocalDate.of(2026, 12, 6)).stream().filter(f -> f.id().startsWith("demo.")).count());
        assertTrue(table.ruleIds().contains("demo.plan.send"));
        assertTrue(table.ruleIds().contains("complaint.accept"));
    }

    @Test
    void latestDayBeforeCountsBackOnTheWorkingCalendar() throws IOException {
        RuleTableComponent table = component(Map.of());
        table.add(7, "demo", rows(MODULE));
        // round on Tuesday 2026-09-15: 15 calendar days back is Monday 2026-08-31, a working day
        assertEquals(LocalDate.of(2026, 8, 31), table.latestDayBefore("demo.plan.send",
                LocalDate.of(2026, 9, 15), Set.of()));
        // round on Thursday 2026-09-17: 15 days back is Wednesday 2 September, National Day (1-2 September 2026
        // are holidays), so the last day on time is Monday 31 August
        assertEquals(LocalDate.of(2026, 8, 31), table.latestDayBefore("demo.plan.send",
                LocalDate.of(2026, 9, 17), Set.of()));
        // 3 working days before Thursday 2026-09-03: Wednesday and Tuesday are holidays; Thu 3 ← Mon 31, Fri 28,
        // Thu 27 August
        assertEquals(LocalDate.of(2026, 8, 27), table.latestDayBefore("demo.plan.send.working",
                LocalDate.of(2026, 9, 3), Set.of()));
    }

    @Test
    void aFileIsRefusedWholeWhenItClashesOrIsBad() throws IOException {
        RuleTableComponent table = component(Map.of());
        assertTrue(table.add(7, "demo", rows(MODULE)));
        // another module defines an id the first one has
        assertFalse(table.add(8, "other", rows(
                "other.one,2023-07-01,5,WORKING_DAYS,-,0,-,-,-,-,false,X\n"
                        + "demo.members,2023-07-01,4,COUNT,-,-,-,-,-,-,false,Y\n")));
        assertTrue(table.figure("demo.members", LocalDate.of(2026, 1, 5)).isPresent());
        assertFalse(table.ruleIds().contains("other.one"), "nothing of a refused file is in the table");
        // a module may not add rows under a core prefix
        assertFalse(table.add(9, "sneaky", rows("complaint.extra,2023-07-01,5,WORKING_DAYS,-,0,-,-,-,-,false,X\n")));
        assertFalse(table.ruleIds().contains("complaint.extra"));
        // the module stops: its rows leave
        table.remove(7);
        assertTrue(table.figure("demo.quorum", LocalDate.of(2026, 7, 1)).isEmpty());
        assertFalse(table.ruleIds().contains("demo.plan.send"));
        assertTrue(table.ruleIds().contains("complaint.accept"));
    }

    @Test
    void badFigureRowsNameTheLine() {
        IllegalArgumentException percent = assertThrows(IllegalArgumentException.class,
                () -> rows("demo.quorum,2023-07-01,120,PERCENT,-,-,-,-,-,-,true,X\n"));
        assertTrue(percent.getMessage().startsWith("demo-rules.csv line 1: "), percent.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> rows("demo.members,2023-07-01,2.5,COUNT,-,-,-,-,-,-,true,X\n"));
        assertThrows(IllegalArgumentException.class,
                () -> rows("demo.members,2023-07-01,3,COUNT,COMPLEX=4,-,-,-,-,-,true,X\n"));
        assertThrows(IllegalArgumentException.class, () -> rows("demo.members,2023-07-01,3,COUNT,-,-,-,-,-,-,true,\n"));
        assertThrows(IllegalArgumentException.class, () -> rows(
                "demo.x,2023-07-01,3,COUNT,-,-,-,-,-,-,true,X\ndemo.x,2024-07-01,3,WORKING_DAYS,-,0,-,-,-,-,false,X\n"));
        assertThrows(IllegalArgumentException.class, () -> RuleTableParser.parse(new StringReader(MODULE), "core"),
                "the core table holds time limits only");
    }

    @Test
    void overridesOfModuleRowsWaitForTheModule() throws IOException {
        // a key of a module that is not installed does not stop the table
        RuleTableComponent table = component(Map.of("demo.plan.send.limit", "20"));
        assertEquals(10, table.limit("complaint.accept", LocalDate.of(2026, 6, 1), Set.of()));
        // demo.plan.send is not configurable: the module's file is refused, the core stays
        assertFalse(table.add(7, "demo", rows(MODULE)));
        assertFalse(table.ruleIds().contains("demo.plan.send"));
        // a configurable module row takes the override when it arrives
        RuleTableComponent configured = component(Map.of("demo.wait.limit", "20"));
        assertTrue(configured.add(7, "demo", rows("demo.wait,2023-07-01,15,CALENDAR_DAYS,-,0,-,-,-,-,true,X\n")));
        assertEquals(20, configured.limit("demo.wait", LocalDate.of(2026, 6, 1), Set.of()));
        // a mistyped core key is still refused as a whole
        assertThrows(org.danvan.platform.api.validation.ValidationException.class,
                () -> component(Map.of("complaint.acept.limit", "12")));
    }
}
