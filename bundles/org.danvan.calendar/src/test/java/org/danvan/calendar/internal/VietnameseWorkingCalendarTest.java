package org.danvan.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.danvan.calendar.api.Holiday;
import org.danvan.calendar.api.Holiday.Kind;
import org.danvan.calendar.api.WorkingCalendar;
import org.junit.jupiter.api.Test;

class VietnameseWorkingCalendarTest {

    private static final IcuVietnameseLunarCalendar LUNAR = new IcuVietnameseLunarCalendar();
    private final WorkingCalendar calendar = VietnameseWorkingCalendar.withBundledDefaults();

    private static Holiday holiday(String date, String key, Kind kind) {
        return new Holiday(LocalDate.parse(date), key, kind);
    }

    private static Holiday publicHoliday(String date, String key) {
        return holiday(date, key, Kind.PUBLIC_HOLIDAY);
    }

    /**
     * 2025 from the statutory rules alone (no 2025 announcement is shipped): mùng 1 is Wednesday 29 January, so
     * Tết is Tuesday 28 January (last day of Giáp Thìn) to Saturday 1 February (mùng 4); the Saturday is not
     * listed, its compensatory day Monday 3 February is. Hùng Kings day 10/3 is Monday 7 April. 2 September is a
     * Tuesday, so the adjacent day is Monday 1 September. [verify] the real 2025 notice also swapped days
     * (see announcements.csv), which this does not include.
     */
    @Test
    void holidays2025AsDerivedFromTheRules() {
        assertEquals(List.of(publicHoliday("2025-01-01", HolidayKeys.NEW_YEAR),
                publicHoliday("2025-01-28", HolidayKeys.TET), publicHoliday("2025-01-29", HolidayKeys.TET),
                publicHoliday("2025-01-30", HolidayKeys.TET), publicHoliday("2025-01-31", HolidayKeys.TET),
                holiday("2025-02-03", HolidayKeys.COMPENSATORY, Kind.COMPENSATORY_DAY),
                publicHoliday("2025-04-07", HolidayKeys.HUNG_KINGS),
                publicHoliday("2025-04-30", HolidayKeys.REUNIFICATION),
                publicHoliday("2025-05-01", HolidayKeys.LABOUR_DAY),
                publicHoliday("2025-09-01", HolidayKeys.NATIONAL_DAY_ADJACENT),
                publicHoliday("2025-09-02", HolidayKeys.NATIONAL_DAY)), calendar.holidays(2025));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 2, 1)), "Saturday mùng 4");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 2, 4)));
    }

    /**
     * 2026: Tết as announced, Monday 16 to Friday 20 February (see announcements.csv). Hùng Kings day 10/3 is
     * Sunday 26 April, so Monday 27 April is compensatory. 30 April and 1 May are Thursday and Friday.
     * 2 September is a Wednesday; the default adjacent day is Tuesday 1 September [verify 2026 notice].
     */
    @Test
    void holidays2026() {
        assertEquals(List.of(publicHoliday("2026-01-01", HolidayKeys.NEW_YEAR),
                publicHoliday("2026-02-16", HolidayKeys.TET), publicHoliday("2026-02-17", HolidayKeys.TET),
                publicHoliday("2026-02-18", HolidayKeys.TET), publicHoliday("2026-02-19", HolidayKeys.TET),
                publicHoliday("2026-02-20", HolidayKeys.TET),
                holiday("2026-04-27", HolidayKeys.COMPENSATORY, Kind.COMPENSATORY_DAY),
                publicHoliday("2026-04-30", HolidayKeys.REUNIFICATION),
                publicHoliday("2026-05-01", HolidayKeys.LABOUR_DAY),
                publicHoliday("2026-09-01", HolidayKeys.NATIONAL_DAY_ADJACENT),
                publicHoliday("2026-09-02", HolidayKeys.NATIONAL_DAY)), calendar.holidays(2026));
    }

    @Test
    void tet2026BreakRunsFromSaturday14ToSunday22February() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 13)));
        for (LocalDate day = LocalDate.of(2026, 2, 14); day.isBefore(LocalDate.of(2026, 2, 23)); day = day
                .plusDays(1)) {
            assertFalse(calendar.isWorkingDay(day), day.toString());
        }
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 23)));
        assertEquals(List.of(), calendar.workingWeekendDays(2026));
    }

    /** 2 September 2023 was a Saturday: Friday 1 September is the adjacent day and Monday 4 September is off. */
    @Test
    void nationalDayOnSaturday2023() {
        for (int day = 1; day <= 4; day++) {
            assertFalse(calendar.isWorkingDay(LocalDate.of(2023, 9, day)), "September " + day);
        }
        assertTrue(calendar.isWorkingDay(LocalDate.of(2023, 9, 5)));
        assertTrue(calendar.holidays(2023)
                .contains(holiday("2023-09-04", HolidayKeys.COMPENSATORY, Kind.COMPENSATORY_DAY)));
    }

    /** 30 April 2022 Saturday and 1 May Sunday: one compensatory day each, Monday 2 and Tuesday 3 May. */
    @Test
    void runOfWeekendHolidays2022GivesOneDayEach() {
        assertEquals(List.of(holiday("2022-05-02", HolidayKeys.COMPENSATORY, Kind.COMPENSATORY_DAY),
                holiday("2022-05-03", HolidayKeys.COMPENSATORY, Kind.COMPENSATORY_DAY)),
                calendar.holidays(2022).stream().filter(h -> h.date().getMonthValue() == 5).toList());
        assertTrue(calendar.isWorkingDay(LocalDate.of(2022, 5, 4)));
        // Hùng Kings day 2022 was Sunday 10 April: Monday 11 April off
        assertFalse(calendar.isWorkingDay(LocalDate.of(2022, 4, 11)));
    }

    @Test
    void announcedSwapAndOverrideApply() throws IOException {
        String csv = """
                # a Friday off in exchange for a Saturday, and 3 rather than 1 September
                2026-05-04,EXTRA_DAY_OFF,calendar.holiday.swappedDayOff
                2026-05-09,WORKING_DAY,calendar.workingDay.swapped
                2026-09-03,PUBLIC_HOLIDAY,calendar.holiday.nationalDayAdjacent
                """;
        Map<Integer, YearAnnouncement> announcements = parser().parse(new StringReader(csv), "test");
        WorkingCalendar swapped = new VietnameseWorkingCalendar(LUNAR, HolidayRules.bundled(), announcements);
        assertFalse(swapped.isWorkingDay(LocalDate.of(2026, 5, 4)));
        assertTrue(swapped.isWorkingDay(LocalDate.of(2026, 5, 9)));
        assertEquals(List.of(LocalDate.of(2026, 5, 9)), swapped.workingWeekendDays(2026));
        assertTrue(swapped.isWorkingDay(LocalDate.of(2026, 9, 1)));
        assertFalse(swapped.isWorkingDay(LocalDate.of(2026, 9, 3)));
        assertTrue(swapped.holidays(2026)
                .contains(holiday("2026-05-04", HolidayKeys.SWAPPED_DAY_OFF, Kind.EXTRA_DAY_OFF)));
        assertEquals(LocalDate.of(2026, 5, 11), swapped.addWorkingDays(LocalDate.of(2026, 5, 8), 2),
                "Saturday 9 May counts, Monday 11 is the second");
    }

    @Test
    void badAnnouncementLinesAreRejectedWithTheirLineNumber() {
        assertRejected("2026-02-30,EXTRA_DAY_OFF,calendar.holiday.swappedDayOff", "line 1: '2026-02-30' is not a date");
        assertRejected("2026-05-04,DAY_OFF,calendar.holiday.swappedDayOff", "line 1: kind must be one of");
        assertRejected("2026-05-04,EXTRA_DAY_OFF", "line 1: expected 3 fields");
        assertRejected("2026-05-04,EXTRA_DAY_OFF,calendar.holiday.nope", "line 1: unknown name key");
        assertRejected("2026-05-08,WORKING_DAY,calendar.workingDay.swapped", "already a working day");
        assertRejected("2026-05-09,EXTRA_DAY_OFF,calendar.holiday.swappedDayOff", "already a rest day");
        assertRejected("2026-05-04,PUBLIC_HOLIDAY,calendar.holiday.compensatory", "needs a statutory holiday key");
        assertRejected("# c\n2026-05-04,EXTRA_DAY_OFF,calendar.holiday.swappedDayOff\n"
                + "2026-05-04,EXTRA_DAY_OFF,calendar.holiday.swappedDayOff", "line 3: 2026-05-04 is already announced on line 2");
    }

    @Test
    void badRulesAreRejected() {
        String good = """
                tet.days=5
                tet.daysBeforeNewYear=1
                nationalDay.adjacent.MONDAY=after
                nationalDay.adjacent.TUESDAY=before
                nationalDay.adjacent.WEDNESDAY=before
                nationalDay.adjacent.THURSDAY=after
                nationalDay.adjacent.FRIDAY=before
                nationalDay.adjacent.SATURDAY=before
                nationalDay.adjacent.SUNDAY=after
                """;
        assertRulesRejected(good + "tet.extra=1", "unknown keys [tet.extra]");
        assertRulesRejected(good.replace("nationalDay.adjacent.SUNDAY=after\n", ""), "missing nationalDay.adjacent.SUNDAY");
        assertRulesRejected(good.replace("FRIDAY=before", "FRIDAY=later"), "must be 'before' or 'after'");
        assertRulesRejected(good.replace("tet.daysBeforeNewYear=1", "tet.daysBeforeNewYear=5"), "tet.daysBeforeNewYear must be 0..4");
        assertRulesRejected(good.replace("tet.days=5", "tet.days=five"), "tet.days must be a whole number");
    }

    /** Two days before mùng 1 instead of one: 2026 without its announcement would start Sunday 15 February. */
    @Test
    void tetShapeIsData() throws IOException {
        String rules = new String(HolidayRules.class.getClassLoader().getResourceAsStream(HolidayRules.RESOURCE)
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("tet.daysBeforeNewYear=1",
                        "tet.daysBeforeNewYear=2");
        WorkingCalendar twoBefore = new VietnameseWorkingCalendar(LUNAR,
                HolidayRules.parse(new StringReader(rules), "test"), Map.of());
        assertEquals(List.of("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"),
                twoBefore.holidays(2026).stream().filter(h -> h.nameKey().equals(HolidayKeys.TET) || h.kind() == Kind.COMPENSATORY_DAY)
                        .filter(h -> h.date().getMonthValue() == 2).map(h -> h.date().toString()).toList(),
                "Sunday 15 to Thursday 19, and Friday 20 compensates for the Sunday");
        assertEquals(Kind.COMPENSATORY_DAY, twoBefore.holidays(2026).stream()
                .filter(h -> h.date().equals(LocalDate.of(2026, 2, 20))).findFirst().orElseThrow().kind());
    }

    @Test
    void negativeWorkingDaysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1));
    }

    private static AnnouncementParser parser() {
        return new AnnouncementParser(CalendarTranslations.vietnameseKeys());
    }

    private static void assertRejected(String csv, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parser().parse(new StringReader(csv), "test.csv"));
        assertTrue(e.getMessage().startsWith("test.csv line "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private static void assertRulesRejected(String properties, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HolidayRules.parse(new StringReader(properties), "rules.properties"));
        assertTrue(e.getMessage().startsWith("rules.properties: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
