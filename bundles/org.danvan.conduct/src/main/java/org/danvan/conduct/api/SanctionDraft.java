package org.danvan.conduct.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A sanction decision on an official as the user types it.
 *
 * @param unitId the unit where the official works
 * @param inspectionId the inspection whose finding led to it, or null
 * @param officialName the official's full name
 * @param officialPosition the official's position
 * @param formId the form of discipline ({@link SanctionForm#id()})
 * @param violation what the official did
 * @param violationOn the day of the violation (the statute of limitation counts from it)
 * @param decisionNumber the decision's number, e.g. {@code 12/QĐ-UBND}
 * @param decidedOn the decision's day
 * @param authority who decided (the commune's People's Committee chair...)
 * @param caseNumbers reports on the official in the case engine (may be empty)
 */
public record SanctionDraft(Long unitId, Long inspectionId, String officialName, String officialPosition,
        String formId, String violation, LocalDate violationOn, String decisionNumber, LocalDate decidedOn,
        String authority, List<String> caseNumbers) {

    /** Argument: the maximum length. */
    public static final String NAME_REQUIRED = "conduct.validation.sanction.name";
    /** Argument: the maximum length. */
    public static final String POSITION_REQUIRED = "conduct.validation.sanction.position";
    public static final String FORM_REQUIRED = "conduct.validation.sanction.form";
    /** Argument: the maximum length. */
    public static final String VIOLATION_REQUIRED = "conduct.validation.sanction.violation";
    public static final String VIOLATION_ON = "conduct.validation.sanction.violationOn";
    /** Argument: the maximum length. */
    public static final String NUMBER_REQUIRED = "conduct.validation.sanction.number";
    public static final String DECIDED_ON = "conduct.validation.sanction.decidedOn";
    /** Argument: the maximum length. */
    public static final String AUTHORITY_REQUIRED = "conduct.validation.sanction.authority";
    /** Arguments: the limitation in years, the last day a decision could be taken. */
    public static final String TIME_BARRED = "conduct.validation.sanction.timeBarred";
    public static final String NUMBER_TAKEN = "conduct.validation.sanction.numberTaken";
}
