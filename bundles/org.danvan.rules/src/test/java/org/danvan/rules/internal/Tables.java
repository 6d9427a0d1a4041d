package org.danvan.rules.internal;

import java.util.List;

import org.danvan.calendar.api.DeadlineCalculator;
import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.calendar.internal.CivilCodeDeadlineCalculator;
import org.danvan.calendar.internal.VietnameseWorkingCalendar;
import org.danvan.rules.api.StatutoryRule;

/** The real table on the real calendar, built without OSGi as a non-OSGi caller would. */
final class Tables {

    static final WorkingCalendar CALENDAR = VietnameseWorkingCalendar.withBundledDefaults();

    static final DeadlineCalculator DEADLINES = new CivilCodeDeadlineCalculator(CALENDAR);

    private Tables() {
    }

    static StatutoryRuleTable bundled() {
        return of(RuleTableParser.bundled());
    }

    static StatutoryRuleTable of(List<StatutoryRule> rows) {
        return new StatutoryRuleTable(rows, DEADLINES);
    }
}
