package org.danvan.identity.ui.internal.audit;

import java.time.Instant;
import java.time.LocalDate;

import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.ui.kit.LocalizedDates;

/** The audit screen's filter fields as an {@link AuditFilter}: days are Vietnamese calendar days, both included. */
final class AuditFilters {

    static final int TEXT_MAX = 128;

    private AuditFilters() {
    }

    /** Whether the range is usable: no end before the start. */
    static boolean validRange(LocalDate from, LocalDate to) {
        return from == null || to == null || !to.isBefore(from);
    }

    static AuditFilter of(String actionPrefix, String actorLogin, LocalDate from, LocalDate to) {
        return new AuditFilter(text(actionPrefix), text(actorLogin), null, null, startOf(from), endOf(to));
    }

    static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(LocalizedDates.VIETNAM).toInstant();
    }

    /** The last millisecond of the day, so the day is included whether the service compares with < or ≤. */
    static Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(LocalizedDates.VIETNAM).toInstant().minusMillis(1);
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > TEXT_MAX ? stripped.substring(0, TEXT_MAX) : stripped;
    }
}
