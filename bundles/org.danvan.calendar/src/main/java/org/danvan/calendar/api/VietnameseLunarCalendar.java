package org.danvan.calendar.api;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Converts between the Gregorian (solar) calendar and the Vietnamese lunar calendar, whose new moons and solar
 * terms are computed for UTC+7 — which is why Tết sometimes falls on another day than the Chinese New Year.
 */
@ProviderType
public interface VietnameseLunarCalendar {

    /**
     * The lunar date of a solar date.
     *
     * @param date the Gregorian date
     * @return its Vietnamese lunar date
     */
    LunarDate toLunar(LocalDate date);

    /**
     * The solar date of a lunar date.
     *
     * @param date the lunar date
     * @return its Gregorian date
     * @throws IllegalArgumentException if that lunar date does not exist (a 30th in a 29-day month, a leap month
     *         the year does not have)
     */
    LocalDate toSolar(LunarDate date);

    /**
     * The first day of the lunar year that begins in the given Gregorian year (mùng 1 Tết).
     *
     * @param gregorianYear the Gregorian year
     * @return the Gregorian date of Tết Nguyên đán in that year
     */
    default LocalDate lunarNewYear(int gregorianYear) {
        return toSolar(LunarDate.of(gregorianYear, 1, 1));
    }
}
