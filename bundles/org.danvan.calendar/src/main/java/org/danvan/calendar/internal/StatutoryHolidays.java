package org.danvan.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.danvan.calendar.api.Holiday;
import org.danvan.calendar.api.LunarDate;
import org.danvan.calendar.api.VietnameseLunarCalendar;

/**
 * The public holidays of the Labour Code 2019, art. 112, for one year, weekend days included: the default shape
 * from {@link HolidayRules}, with the days of any key the year's announcement sets replaced by the announced
 * ones.
 */
final class StatutoryHolidays {

    private final VietnameseLunarCalendar lunar;
    private final HolidayRules rules;

    StatutoryHolidays(VietnameseLunarCalendar lunar, HolidayRules rules) {
        this.lunar = lunar;
        this.rules = rules;
    }

    List<Holiday> of(int year, YearAnnouncement announcement) {
        Set<String> overridden = announcement == null ? Set.of() : announcement.overriddenHolidayKeys();
        List<Holiday> days = new ArrayList<>();
        for (Holiday holiday : defaults(year)) {
            if (!overridden.contains(holiday.nameKey())) {
                days.add(holiday);
            }
        }
        if (announcement != null) {
            for (AnnouncedDay day : announcement.days(AnnouncedDay.Kind.PUBLIC_HOLIDAY)) {
                days.add(new Holiday(day.date(), day.nameKey(), Holiday.Kind.PUBLIC_HOLIDAY, day.name(),
                        day.legalDocument()));
            }
        }
        return days;
    }

    private List<Holiday> defaults(int year) {
        List<Holiday> days = new ArrayList<>();
        days.add(holiday(LocalDate.of(year, Month.JANUARY, 1), HolidayKeys.NEW_YEAR));
        // Tết: the last day(s) of the old lunar year — whether month 12 has 29 or 30 days does not matter, it is
        // simply the day(s) before mùng 1 — then the first days of the new year
        LocalDate firstTetDay = lunar.lunarNewYear(year).minusDays(rules.tetDaysBeforeNewYear());
        for (int i = 0; i < rules.tetDays(); i++) {
            days.add(holiday(firstTetDay.plusDays(i), HolidayKeys.TET));
        }
        days.add(holiday(lunar.toSolar(LunarDate.of(year, 3, 10)), HolidayKeys.HUNG_KINGS));
        days.add(holiday(LocalDate.of(year, Month.APRIL, 30), HolidayKeys.REUNIFICATION));
        days.add(holiday(LocalDate.of(year, Month.MAY, 1), HolidayKeys.LABOUR_DAY));
        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        DayOfWeek weekday = nationalDay.getDayOfWeek();
        LocalDate adjacent = rules.nationalDayAdjacentAfter().get(weekday) ? nationalDay.plusDays(1)
                : nationalDay.minusDays(1);
        days.add(holiday(adjacent, HolidayKeys.NATIONAL_DAY_ADJACENT));
        days.add(holiday(nationalDay, HolidayKeys.NATIONAL_DAY));
        return days;
    }

    private static Holiday holiday(LocalDate date, String key) {
        return new Holiday(date, key, Holiday.Kind.PUBLIC_HOLIDAY);
    }
}
