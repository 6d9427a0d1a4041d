package org.danvan.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.danvan.calendar.api.Holiday;
import org.danvan.calendar.api.VietnameseLunarCalendar;
import org.danvan.calendar.api.WorkingCalendar;

/**
 * The civil-service working calendar: Saturday and Sunday are weekly rest days; public holidays, compensatory
 * days and announced days off are not working days; announced working Saturdays are. Plain Java, usable without
 * OSGi; thread-safe.
 */
public final class VietnameseWorkingCalendar implements WorkingCalendar {

    private final StatutoryHolidays statutory;
    private final Map<Integer, YearAnnouncement> announcements;
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();

    /**
     * A calendar from explicit parts.
     *
     * @param lunar the lunar calendar for Tết and Hùng Kings day
     * @param rules the default shape of the holidays set yearly
     * @param announcements the announcements by year
     */
    public VietnameseWorkingCalendar(VietnameseLunarCalendar lunar, HolidayRules rules,
            Map<Integer, YearAnnouncement> announcements) {
        this.statutory = new StatutoryHolidays(lunar, rules);
        this.announcements = Map.copyOf(announcements);
    }

    /**
     * The calendar with the rules and announcements shipped in the bundle.
     *
     * @return the default calendar
     */
    public static VietnameseWorkingCalendar withBundledDefaults() {
        return new VietnameseWorkingCalendar(new IcuVietnameseLunarCalendar(), HolidayRules.bundled(),
                AnnouncementParser.bundled(CalendarTranslations.vietnameseKeys()));
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Year year = year(date.getYear());
        if (year.workingWeekendDays.contains(date)) {
            return true;
        }
        return !isWeekend(date) && !year.offDays.containsKey(date);
    }

    @Override
    public List<Holiday> holidays(int year) {
        return year(year).offDays.values().stream().filter(holiday -> !isWeekend(holiday.date())).toList();
    }

    /**
     * Why a day is off, weekend holidays included (which {@link #holidays(int)} leaves out).
     *
     * @param date the day
     * @return the holiday, compensatory day or announced day off on that day, if any
     */
    public java.util.Optional<Holiday> offDay(LocalDate date) {
        return java.util.Optional.ofNullable(year(date.getYear()).offDays.get(date));
    }

    @Override
    public List<LocalDate> workingWeekendDays(int year) {
        return year(year).workingWeekendDays.stream().sorted().toList();
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
        Objects.requireNonNull(date, "date");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative, was " + workingDays);
        }
        LocalDate day = date;
        for (int i = 0; i < workingDays; i++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    private Year year(int year) {
        return years.computeIfAbsent(year, this::compute);
    }

    private Year compute(int year) {
        YearAnnouncement announcement = announcements.get(year);
        List<Holiday> publicHolidays = new ArrayList<>(statutory.of(year, announcement));
        publicHolidays.sort(Comparator.comparing(Holiday::date));
        TreeMap<LocalDate, Holiday> off = new TreeMap<>();
        publicHolidays.forEach(holiday -> off.putIfAbsent(holiday.date(), holiday));
        Set<LocalDate> working = Set.of();
        if (announcement != null) {
            announcement.days(AnnouncedDay.Kind.EXTRA_DAY_OFF).forEach(day -> off.putIfAbsent(day.date(), new Holiday(
                    day.date(), day.nameKey(), Holiday.Kind.EXTRA_DAY_OFF, day.name(), day.legalDocument())));
            working = announcement.days(AnnouncedDay.Kind.WORKING_DAY).stream().map(AnnouncedDay::date)
                    .collect(Collectors.toUnmodifiableSet());
        }
        // Art. 111: a holiday on a weekly rest day gives the next working day off. Going through the holidays in
        // date order and skipping days already off makes a run (30 April Saturday, 1 May Sunday) give one day
        // each (Monday, Tuesday). A compensatory day may fall in the next year (never in practice: no holiday
        // in late December) and is then not seen by that year; accepted.
        for (Holiday holiday : publicHolidays) {
            if (isWeekend(holiday.date())) {
                LocalDate day = holiday.date().plusDays(1);
                while (isWeekend(day) || off.containsKey(day)) {
                    day = day.plusDays(1);
                }
                off.put(day, new Holiday(day, HolidayKeys.COMPENSATORY, Holiday.Kind.COMPENSATORY_DAY));
            }
        }
        return new Year(off, working);
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** One year's exceptions to the Monday-to-Friday week; never modified after construction. */
    private record Year(TreeMap<LocalDate, Holiday> offDays, Set<LocalDate> workingWeekendDays) {
    }
}
