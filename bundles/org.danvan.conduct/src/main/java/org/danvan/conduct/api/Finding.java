package org.danvan.conduct.api;

import java.time.LocalDate;

/** A finding of an inspection; {@code officialName} is null for a finding about the place. */
public record Finding(long id, long inspectionId, long unitId, String officialName, String officialPosition,
        String seen, Severity severity, LocalDate recordedOn) {
}
