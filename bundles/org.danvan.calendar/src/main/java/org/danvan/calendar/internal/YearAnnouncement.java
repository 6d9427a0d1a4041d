package org.danvan.calendar.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the government announced for one year: the exact days of the holidays set yearly, days off, and
 * Saturdays worked. Immutable.
 *
 * @param year the Gregorian year
 * @param days the announced days, sorted by date
 */
public record YearAnnouncement(int year, List<AnnouncedDay> days) {

    /**
     * Copies and sorts the days.
     *
     * @throws IllegalArgumentException if a day lies outside the year
     */
    public YearAnnouncement {
        Objects.requireNonNull(days, "days");
        for (AnnouncedDay day : days) {
            if (day.date().getYear() != year) {
                throw new IllegalArgumentException(day.date() + " is not in " + year);
            }
        }
        days = days.stream().sorted(Comparator.comparing(AnnouncedDay::date)).toList();
    }

    /**
     * The announced days of one kind.
     *
     * @param kind the kind
     * @return those days, sorted
     */
    public List<AnnouncedDay> days(AnnouncedDay.Kind kind) {
        return days.stream().filter(day -> day.kind() == kind).toList();
    }

    /**
     * The holiday keys whose days this announcement sets explicitly.
     *
     * @return the keys of its {@code PUBLIC_HOLIDAY} lines
     */
    public Set<String> overriddenHolidayKeys() {
        return days(AnnouncedDay.Kind.PUBLIC_HOLIDAY).stream().map(AnnouncedDay::nameKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
