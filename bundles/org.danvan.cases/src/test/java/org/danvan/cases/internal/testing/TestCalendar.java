package org.danvan.cases.internal.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.danvan.calendar.api.Holiday;
import org.danvan.calendar.api.WorkingCalendar;

/** Test working calendar: Monday to Friday minus the holidays added by the test (an administrator's edit). */
public final class TestCalendar implements WorkingCalendar {

    private final Set<LocalDate> holidays = ConcurrentHashMap.newKeySet();

    public void addHoliday(LocalDate day) {
        holidays.add(day);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }

    @Override
    public List<Holiday> holidays(int year) {
        return holidays.stream().filter(d -> d.getYear() == year).sorted()
                .map(d -> new Holiday(d, "test", Holiday.Kind.EXTRA_DAY_OFF)).toList();
    }

    @Override
    public List<LocalDate> workingWeekendDays(int year) {
        return List.of();
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
        if (workingDays < 0) {
            throw new IllegalArgumentException("negative");
        }
        LocalDate day = date;
        for (int i = 0; i < workingDays; i++) {
            day = nextWorkingDay(day);
        }
        return day;
    }
}
