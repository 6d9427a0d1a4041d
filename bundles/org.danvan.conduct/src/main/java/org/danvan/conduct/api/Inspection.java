package org.danvan.conduct.api;

import java.time.LocalDate;
import java.util.List;

/** An inspection of a public-service place, its round and conclusion. */
public record Inspection(long id, long version, long unitId, String place, LocalDate plannedOn, String team,
        String topics, List<String> caseNumbers, InspectionStatus status, LocalDate heldOn, LocalDate concludedOn,
        String conclusion, int findings) {
}
