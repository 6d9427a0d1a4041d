package org.danvan.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.calendar.api.Holiday;
import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.rules.api.RuleTable;
import org.junit.jupiter.api.Test;

/**
 * What the administration screens read from the table: due dates on a calendar not saved yet, and the overrides of
 * a configuration by rule id. (Storing an override goes through ConfigurationAdmin; the distribution test
 * RulesAndCalendarScreensIT does that on the real Karaf.)
 */
class RuleAdministrationTest {

    /** Wednesday 2 December 2026. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @Test
    void theSameRowsCountOnAProposedCalendarAndTheLiveTableIsUnchanged() {
        StatutoryRuleTable live = Tables.bundled();
        // complaint.accept from 1 July 2026: 7 working days (Decree 155/2026) → Friday 11 December
        assertEquals(LocalDate.of(2026, 12, 11), live.dueDate("complaint.accept", WEDNESDAY, Set.of()));
        WorkingCalendar withDayOff = new DayOff(Tables.CALENDAR, LocalDate.of(2026, 12, 4));
        RuleTable proposed = live.onCalendar(withDayOff);
        assertEquals(LocalDate.of(2026, 12, 14), proposed.dueDate("complaint.accept", WEDNESDAY, Set.of()),
                "Friday 4 December off: one working day later, over the weekend");
        assertEquals(LocalDate.of(2026, 12, 11), live.dueDate("complaint.accept", WEDNESDAY, Set.of()));
        assertEquals(live.history("complaint.accept"), proposed.history("complaint.accept"), "the same rows");
    }

    @Test
    void overridesAreReadByRuleIdLongestIdFirst() {
        Map<String, Map<String, String>> overrides = RuleAdministrationComponent.overridesOf(Map.of(
                "complaint.accept.limit", "12", "complaint.accept.unit", "WORKING_DAYS",
                "info.inperson.provide.extension.days", " 10 ", "service.pid", "org.danvan.rules",
                "felix.fileinstall.filename", "file:/etc/org.danvan.rules.cfg", "grassroots.board.members.limit", 7),
                Set.of("complaint.accept", "info.inperson.provide", "complaint.second.accept"));
        assertEquals(Map.of("complaint.accept", Map.of("limit", "12", "unit", "WORKING_DAYS"),
                "info.inperson.provide", Map.of("extension.days", "10")), overrides,
                "framework keys and ids not in the table are left out");
        assertFalse(overrides.containsKey("complaint.second.accept"));
    }

    /** A calendar with one more day off. */
    private record DayOff(WorkingCalendar base, LocalDate off) implements WorkingCalendar {

        @Override
        public boolean isWorkingDay(LocalDate date) {
            return !date.equals(off) && base.isWorkingDay(date);
        }

        @Override
        public List<Holiday> holidays(int year) {
            return base.holidays(year);
        }

        @Override
        public List<LocalDate> workingWeekendDays(int year) {
            return base.workingWeekendDays(year);
        }

        @Override
        public LocalDate nextWorkingDay(LocalDate date) {
            LocalDate day = date.plusDays(1);
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }

        @Override
        public LocalDate addWorkingDays(LocalDate date, int workingDays) {
            LocalDate day = date;
            for (int i = 0; i < workingDays; i++) {
                day = nextWorkingDay(day);
            }
            return day;
        }
    }
}
