package org.danvan.calendar.api;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch).
 *
 * @param year the lunar year, numbered as the Gregorian year in which it begins (Tết of 2026 starts year 2026)
 * @param month the lunar month, 1 to 12
 * @param day the day of the lunar month, 1 to 30
 * @param leapMonth whether the month is the leap (intercalary) month that repeats {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    /**
     * Checks the ranges a lunar date can have; whether the month really has that day or that leap month is
     * decided by {@link VietnameseLunarCalendar#toSolar(LunarDate)}.
     *
     * @throws IllegalArgumentException if month or day is out of range
     */
    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("lunar month must be 1..12, was " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("lunar day must be 1..30, was " + day);
        }
    }

    /**
     * A date in an ordinary (non-leap) month.
     *
     * @param year the lunar year
     * @param month the lunar month, 1 to 12
     * @param day the day of the month, 1 to 30
     * @return the lunar date
     */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }
}
