package org.danvan.calendar.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a yearly government announcement.
 *
 * @param date the day concerned
 * @param kind what the announcement does with it
 * @param nameKey the translation key of the day's name
 * @param name the administrator's name for the day, {@code null} for shipped defaults
 * @param legalDocument the announcing document, {@code null} when not recorded
 */
public record AnnouncedDay(LocalDate date, Kind kind, String nameKey, String name, String legalDocument) {

    /** What an announcement does with a day. */
    public enum Kind {
        /**
         * The day is a public holiday of the kind named by the key. All such lines for one key in one year replace
         * the computed default days of that key in that year (e.g. the five Tết days, or the day next to 2 Sept).
         */
        PUBLIC_HOLIDAY,
        /** A weekday given off, usually in exchange for a Saturday worked. */
        EXTRA_DAY_OFF,
        /** A Saturday or Sunday made a working day. */
        WORKING_DAY
    }

    /**
     * Checks that no component is missing.
     *
     * @throws NullPointerException if a component is null
     */
    public AnnouncedDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameKey, "nameKey");
    }

    /**
     * A shipped announcement line, without name or document.
     *
     * @param date the day concerned
     * @param kind what the announcement does with it
     * @param nameKey the translation key of the day's name
     */
    public AnnouncedDay(LocalDate date, Kind kind, String nameKey) {
        this(date, kind, nameKey, null, null);
    }
}
