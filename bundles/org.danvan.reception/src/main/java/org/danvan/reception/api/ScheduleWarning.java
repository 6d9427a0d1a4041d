package org.danvan.reception.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing wrong with a unit's reception schedule, for a screen or the console to show.
 *
 * @param kind what is wrong
 * @param unitId the unit
 * @param periodStart first day of the period concerned (for a delegated session: its day)
 * @param periodEnd last day of the period concerned (for a delegated session: its day)
 * @param daysCounted distinct days on which the head received (plus, for {@link WarningKind#MINIMUM_NOT_SCHEDULED},
 *            the days still planned)
 * @param minimumDays the legal minimum for the period (0 for a delegated session)
 * @param legalSource the citation of the rule broken
 * @param sessionId the delegated session, {@code null} for a frequency warning
 */
public record ScheduleWarning(WarningKind kind, long unitId, LocalDate periodStart, LocalDate periodEnd,
        int daysCounted, int minimumDays, String legalSource, Long sessionId) {

    public ScheduleWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
    }

    /** Arguments for {@link WarningKind#messageKey()}: period start, period end, days counted, minimum, source. */
    public Object[] messageArguments() {
        return new Object[] { periodStart.toString(), periodEnd.toString(), daysCounted, minimumDays, legalSource };
    }
}
