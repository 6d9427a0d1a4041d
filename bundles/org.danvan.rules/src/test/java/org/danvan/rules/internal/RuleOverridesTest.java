package org.danvan.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.calendar.api.DayUnit;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.rules.api.FigureUnit;
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.StatutoryRule;
import org.junit.jupiter.api.Test;

/** Administrator overrides of the [verify] rows through the configuration PID org.danvan.rules. */
class RuleOverridesTest {

    private static final List<StatutoryRule> BUNDLED = RuleTableParser.bundled();
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);

    private static StatutoryRuleTable configured(Map<String, ?> properties) {
        return Tables.of(RuleOverrides.parse(properties, BUNDLED).apply(BUNDLED));
    }

    @Test
    void configurableRowTakesTheConfiguredLimitAndUnit() {
        assertEquals(LocalDate.of(2026, 3, 16), Tables.bundled().dueDate("complaint.accept", FRIDAY, Set.of()),
                "shipped: 10 calendar days");
        StatutoryRuleTable table = configured(Map.of("complaint.accept.limit", "10", "complaint.accept.unit",
                "WORKING_DAYS", "service.pid", "org.danvan.rules", "felix.fileinstall.filename", "file:/x.cfg"));
        assertEquals(DayUnit.WORKING_DAYS, table.rule("complaint.accept", FRIDAY).orElseThrow().unit());
        assertEquals(LocalDate.of(2026, 3, 20), table.dueDate("complaint.accept", FRIDAY, Set.of()),
                "10 working days from Friday 6 March");
        StatutoryRuleTable longer = configured(Map.of("petition.process.limit", 15));
        assertEquals(15, longer.limit("petition.process", FRIDAY, Set.of()), "a number value works too");
        assertEquals(10, longer.limit("complaint.accept", FRIDAY, Set.of()), "other rows unchanged");
    }

    @Test
    void extensionDaysOfAConfigurableRowCanBeSet() {
        StatutoryRuleTable table = configured(Map.of("denunciation.classify.extension.days", "5"));
        assertEquals(5, table.rule("denunciation.classify", FRIDAY).orElseThrow().extension().maxDaysEach());
        assertEquals(LocalDate.of(2026, 3, 13), table.extendedDueDate("denunciation.classify", FRIDAY,
                LocalDate.of(2026, 3, 6), 0, 5, Set.of()));
    }

    @Test
    void invalidConfigurationIsRefusedAsAWhole() {
        ValidationException e = assertThrows(ValidationException.class, () -> RuleOverrides.parse(Map.of(
                "complaint.first.resolve.limit", "20",
                "complaint.nope.limit", "3",
                "complaint.accept.limt", "3",
                "petition.process.limit", "-1",
                "complaint.second.accept.unit", "WEEKS",
                "complaint.accept.limit", "ten",
                "petition.process.extension.days", "3"), BUNDLED));
        assertEquals(Set.of(
                Violation.of("complaint.first.resolve.limit", "rules.config.notConfigurable",
                        "complaint.first.resolve"),
                Violation.of("complaint.nope.limit", "rules.config.unknownRule", "complaint.nope.limit"),
                Violation.of("complaint.accept.limt", "rules.config.unknownSetting", "complaint.accept.limt"),
                Violation.of("petition.process.limit", "rules.config.badDays", "-1", 0, 3650),
                Violation.of("complaint.second.accept.unit", "rules.config.badUnit", "WEEKS"),
                Violation.of("complaint.accept.limit", "rules.config.badDays", "ten", 0, 3650),
                Violation.of("petition.process.extension.days", "rules.config.noExtension", "petition.process")),
                Set.copyOf(e.violations()));
    }

    @Test
    void aConfigurableFigureTakesTheConfiguredValueAndAConfirmedOneKeepsItsOwn() {
        List<RuleFigure> figures = List.of(
                new RuleFigure("module.share", LocalDate.of(2023, 7, 1), BigDecimal.TEN, FigureUnit.PERCENT,
                        "Luật số 1/2023, Điều 1", true),
                new RuleFigure("module.members", LocalDate.of(2023, 7, 1), BigDecimal.valueOf(5), FigureUnit.COUNT,
                        "Luật số 1/2023, Điều 2", false));
        RuleOverrides overrides = RuleOverrides.parse(Map.of("module.share.limit", "12.5"), BUNDLED, figures,
                Set.of("complaint"));
        assertEquals(Set.of("module.share"), overrides.ruleIds());
        List<RuleFigure> applied = overrides.applyFigures(figures);
        assertEquals(0, applied.get(0).value().compareTo(new BigDecimal("12.5")));
        assertEquals(FigureUnit.PERCENT, applied.get(0).unit());
        assertEquals(figures.get(1), applied.get(1));
        ValidationException e = assertThrows(ValidationException.class, () -> RuleOverrides.parse(Map.of(
                "module.share.limit", "-1", "module.share.unit", "MONTHS", "module.members.limit", "7"), BUNDLED,
                figures, Set.of("complaint")));
        assertEquals(Set.of(Violation.of("module.share.limit", "rules.config.badFigure", "-1"),
                Violation.of("module.share.unit", "rules.config.unknownSetting", "module.share.unit"),
                Violation.of("module.members.limit", "rules.config.notConfigurable", "module.members")),
                Set.copyOf(e.violations()));
    }

    @Test
    void emptyConfigurationChangesNothing() {
        assertEquals(BUNDLED, RuleOverrides.parse(Map.of("component.name", "x", "component.id", 3L), BUNDLED)
                .apply(BUNDLED));
    }

    @Test
    void componentAppliesTheConfigurationOrDoesNotActivate() {
        assertEquals(10, new RuleTableComponent(Tables.DEADLINES, Tables.CALENDAR, null, Map.of()).limit("complaint.accept", FRIDAY,
                Set.of()));
        assertEquals(12, new RuleTableComponent(Tables.DEADLINES, Tables.CALENDAR, null, Map.of("complaint.accept.limit", "12"))
                .limit("complaint.accept", FRIDAY, Set.of()));
        assertThrows(ValidationException.class,
                () -> new RuleTableComponent(Tables.DEADLINES, Tables.CALENDAR, null,
                        Map.of("complaint.filing.limit", "1")));
        assertThrows(ValidationException.class, () -> new RuleTableComponent(Tables.DEADLINES, Tables.CALENDAR,
                null, Map.of("info.inperson.provide.extension.days", "15")), "corrected in 1.1.0: read in the text");
    }

    /** Only the configurable rows of an id are overridden: a confirmed row in force for past events keeps its figure. */
    @Test
    void overrideLeavesTheConfirmedRowsOfAnIdAlone() {
        RuleTableComponent table = new RuleTableComponent(Tables.DEADLINES, Tables.CALENDAR, null,
                Map.of("voter.answer.limit", "45"));
        assertEquals(45, table.limit("voter.answer", LocalDate.of(2020, 10, 1), Set.of()), "the [verify] 2020 row");
        assertEquals(40, table.limit("voter.answer", LocalDate.of(2020, 9, 30), Set.of()), "the 2017 row as read");
        RuleTableComponent second = new RuleTableComponent(Tables.DEADLINES, Tables.CALENDAR, null,
                Map.of("complaint.second.accept.limit", "5"));
        assertEquals(5, second.limit("complaint.second.accept", LocalDate.of(2026, 7, 1), Set.of()));
        assertEquals(10, second.limit("complaint.second.accept", LocalDate.of(2026, 6, 30), Set.of()),
                "art. 36 as read");
    }
}
