package org.danvan.calendar.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day on which civil servants do not work although it is not a Saturday or Sunday.
 *
 * @param date the day
 * @param nameKey the translation key of its name (bundle {@code i18n/calendar})
 * @param kind why the day is off
 * @param name the name an administrator gave the day when announcing it (Vietnamese), shown instead of the text of
 *            {@code nameKey}; {@code null} for computed days and shipped defaults
 * @param legalDocument the document that announced the day, e.g. "Thông báo số …/TB-BNV"; {@code null} when the
 *            day follows from the Labour Code alone or the shipped default does not name it
 */
public record Holiday(LocalDate date, String nameKey, Kind kind, String name, String legalDocument) {

    /** Why a day is off. */
    public enum Kind {
        /** A public holiday of the Labour Code 2019, art. 112. */
        PUBLIC_HOLIDAY,
        /** A day off in place of a public holiday that fell on a weekly rest day (Labour Code 2019, art. 111). */
        COMPENSATORY_DAY,
        /** A working day given off by a government announcement, usually in exchange for a Saturday worked. */
        EXTRA_DAY_OFF
    }

    /**
     * Checks that no component is missing.
     *
     * @throws NullPointerException if a component is null
     */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * A day without an administrator's name or document.
     *
     * @param date the day
     * @param nameKey the translation key of its name
     * @param kind why the day is off
     */
    public Holiday(LocalDate date, String nameKey, Kind kind) {
        this(date, nameKey, kind, null, null);
    }
}
