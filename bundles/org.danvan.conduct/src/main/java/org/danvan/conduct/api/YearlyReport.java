package org.danvan.conduct.api;

import java.util.Map;

/**
 * A unit's subtree in a year, as far as the user may read: inspections planned and held, findings (by severity),
 * sanction decisions by form (form id to count, every form of the catalogue present), their follow-up, and the
 * distinct case-engine reports linked to the year's inspections and sanctions.
 */
public record YearlyReport(long unitId, int year, int inspectionsPlanned, int inspectionsHeld, int findings,
        Map<Severity, Integer> findingsBySeverity, int sanctions, Map<String, Integer> sanctionsByForm,
        int remedied, int notYetRemedied, int overdue, int linkedCases) {
}
