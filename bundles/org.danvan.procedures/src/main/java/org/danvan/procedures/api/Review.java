package org.danvan.procedures.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One procedure's review in a round, with its proposal, the decision taken and the follow-up.
 *
 * @param currentDays the procedure's time when assessed (working days)
 * @param currentFeeVnd the procedure's fee when assessed
 * @param caseNumbers the linked cases' numbers, as the case engine writes them
 * @param decisionRef the decision's number, once decided
 * @param implementBy for an adopted proposal: the follow-up's due day (working days after the decision)
 * @param followUpOverdue adopted, not implemented, and {@code implementBy} has passed
 */
public record Review(long id, long version, long roundId, long procedureId, long unitId, String procedureCode,
        String procedureName, boolean necessary, boolean lawful, boolean rational, boolean efficient,
        String findings, List<String> caseNumbers, Proposal proposal, int currentDays, long currentFeeVnd,
        Integer proposedDays, Long proposedFeeVnd, Integer yearlyDossiers, ReviewStatus status, String decisionRef,
        LocalDate decidedOn, LocalDate implementBy, LocalDate implementedOn, String followUp,
        boolean followUpOverdue) {

    public Review {
        caseNumbers = List.copyOf(caseNumbers);
    }

    /** Criteria met, 0 to 4. */
    public int criteriaMet() {
        return (necessary ? 1 : 0) + (lawful ? 1 : 0) + (rational ? 1 : 0) + (efficient ? 1 : 0);
    }

    /** Working days an applicant saves per dossier when the proposal is carried out. */
    public int daysSavedPerDossier() {
        return switch (proposal) {
            case CUT -> currentDays;
            case SIMPLIFY -> Math.max(0, currentDays - (proposedDays == null ? currentDays : proposedDays));
            default -> 0;
        };
    }

    /** Fee an applicant saves per dossier when the proposal is carried out. */
    public long feeSavedPerDossier() {
        return switch (proposal) {
            case CUT -> currentFeeVnd;
            case SIMPLIFY -> Math.max(0, currentFeeVnd - (proposedFeeVnd == null ? currentFeeVnd : proposedFeeVnd));
            default -> 0;
        };
    }
}
