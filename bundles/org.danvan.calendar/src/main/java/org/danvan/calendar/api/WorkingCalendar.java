package org.danvan.calendar.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Which days civil servants work: Monday to Friday, except public holidays, compensatory days and days given off
 * by government announcements, plus the weekend days an announcement makes working days.
 */
@ProviderType
public interface WorkingCalendar {

    /**
     * Whether a day is a working day.
     *
     * @param date the day
     * @return true if civil servants work on that day
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * The non-working days of a year other than Saturdays and Sundays, in date order, each with the key of its
     * name. A public holiday that falls on a weekend is not listed; its compensatory day is.
     *
     * @param year the Gregorian year
     * @return the holidays, sorted by date, unmodifiable
     */
    List<Holiday> holidays(int year);

    /**
     * The Saturdays and Sundays of a year that an announcement makes working days, in date order.
     *
     * @param year the Gregorian year
     * @return the working weekend days, sorted, unmodifiable
     */
    List<LocalDate> workingWeekendDays(int year);

    /**
     * The first working day strictly after a day.
     *
     * @param date the day
     * @return the next working day
     */
    LocalDate nextWorkingDay(LocalDate date);

    /**
     * The day reached by counting working days after a day; the start day itself is never counted.
     *
     * @param date the start day
     * @param workingDays how many working days to count; 0 returns {@code date} unchanged
     * @return the {@code workingDays}-th working day after {@code date}
     * @throws IllegalArgumentException if {@code workingDays} is negative
     */
    LocalDate addWorkingDays(LocalDate date, int workingDays);
}
