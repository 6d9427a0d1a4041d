package org.danvan.conduct.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A sanction decision and its follow-up: {@code remediedOn} is null while the official's unit has not remedied the
 * breach; {@code remedyBy} is the due day on the working-day calendar, fixed when the decision was recorded.
 */
public record Sanction(long id, long version, long unitId, Long inspectionId, String officialName,
        String officialPosition, String formId, String violation, LocalDate violationOn, LocalDate limitationEnds,
        String decisionNumber, LocalDate decidedOn, String authority, List<String> caseNumbers, LocalDate remedyBy,
        LocalDate remediedOn, String followUp, boolean overdue) {
}
