package org.danvan.procedures.api;

import java.util.List;

/**
 * A reviewer's assessment of one procedure in a round: whether it meets each criterion, the findings, the petitions it
 * causes (numbers of cases of the case engine), the proposal and, for a simplification, the new time and fee.
 *
 * @param necessary meets the necessity criterion
 * @param lawful meets the legality criterion
 * @param rational meets the rationality criterion
 * @param efficient meets the efficiency (compliance cost) criterion
 * @param findings what the review found
 * @param caseNumbers numbers (or ids) of cases about this procedure, each checked with the case engine
 * @param proposal what is proposed
 * @param proposedDays for {@link Proposal#SIMPLIFY}: the new time in working days, else {@code null}
 * @param proposedFeeVnd for {@link Proposal#SIMPLIFY}: the new fee, else {@code null}
 * @param yearlyDossiers dossiers a year under this procedure, for the savings estimate, {@code null} when unknown
 */
public record Assessment(boolean necessary, boolean lawful, boolean rational, boolean efficient, String findings,
        List<String> caseNumbers, Proposal proposal, Integer proposedDays, Long proposedFeeVnd,
        Integer yearlyDossiers) {

    public static final int FINDINGS_MAX = 4000;
    public static final int CASES_MAX = 50;
    public static final int DOSSIERS_MAX = 10_000_000;

    public static final String FINDINGS_REQUIRED = "procedures.validation.findings.required";
    public static final String PROPOSAL_REQUIRED = "procedures.validation.proposal.required";
    /** A procedure that fails necessity or legality cannot be kept as it is. */
    public static final String KEEP_REFUSED = "procedures.validation.proposal.keepRefused";
    /** For a simplification, argument: the current time in working days (the new one may not be longer). */
    public static final String PROPOSED_DAYS_RANGE = "procedures.validation.proposedDays.range";
    /** For a simplification, argument: the current fee (the new one may not be higher). */
    public static final String PROPOSED_FEE_RANGE = "procedures.validation.proposedFee.range";
    /** Argument: the maximum. */
    public static final String DOSSIERS_RANGE = "procedures.validation.dossiers.range";
    /** Argument: the maximum number of cases. */
    public static final String CASES_TOO_MANY = "procedures.validation.cases.tooMany";
    /** Argument: the number typed. */
    public static final String CASE_UNKNOWN = "procedures.validation.cases.unknown";
    public static final String CASES_UNAVAILABLE = "procedures.validation.cases.unavailable";

    public Assessment {
        caseNumbers = caseNumbers == null ? List.of() : List.copyOf(caseNumbers);
    }
}
