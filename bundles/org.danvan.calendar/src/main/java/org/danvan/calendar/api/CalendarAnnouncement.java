package org.danvan.calendar.api;

import java.time.LocalDate;

/**
 * An announced day as stored.
 *
 * @param id the record id
 * @param version the optimistic-lock version, to pass back to {@link CalendarAdministration#remove}
 * @param date the day
 * @param kind what the announcement does with it
 * @param nameKey the translation key of the kind of day (for public holidays: the statutory holiday's key)
 * @param name the name given by the administrator, {@code null} for a shipped default
 * @param legalDocument the announcing document, {@code null} for a shipped default that does not name it
 * @param shipped true when the row was seeded from the defaults shipped with DanVan
 */
public record CalendarAnnouncement(long id, long version, LocalDate date, AnnouncementKind kind, String nameKey,
        String name, String legalDocument, boolean shipped) {
}
