package org.danvan.conduct.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;

/**
 * Inspections of public-service places (planned → held → concluded), their findings, sanction decisions on officials
 * and their follow-up, and the yearly report. Every change is checked against the user's permissions at the unit,
 * validated (refusals carry translation keys) and audited in the same transaction; stale versions are refused.
 */
public interface ConductService {

    String YEAR_RANGE = "conduct.validation.year.range";
    String GONE = "conduct.validation.gone";
    /** The inspection is not in the state the action needs (another user changed it meanwhile). */
    String WRONG_STATE = "conduct.validation.state";
    String HELD_ON = "conduct.validation.heldOn";
    /** Argument: the maximum length. */
    String CONCLUSION_REQUIRED = "conduct.validation.conclusion";
    String CONCLUDED_ON = "conduct.validation.concludedOn";
    /** No case engine is installed: case numbers cannot be linked. */
    String CASES_UNAVAILABLE = "conduct.validation.cases.unavailable";
    /** Argument: the number as typed. */
    String CASE_UNKNOWN = "conduct.validation.cases.unknown";
    String REMEDIED_ON = "conduct.validation.remediedOn";
    /** Argument: the maximum length. */
    String FOLLOW_UP_REQUIRED = "conduct.validation.followUp";
    String ALREADY_REMEDIED = "conduct.validation.alreadyRemedied";

    /** Whether case numbers can be linked now (the case engine runs). */
    boolean casesAvailable();

    List<SanctionForm> sanctionForms();

    /** The inspections of a unit planned in a year, as far as the user may read. */
    List<Inspection> inspections(long unitId, int year, UserPrincipal user);

    Inspection plan(InspectionDraft draft, UserPrincipal user);

    /** The round was held on a day (not in the future): findings may be recorded. */
    Inspection hold(long inspectionId, long expectedVersion, LocalDate heldOn, UserPrincipal user);

    Finding addFinding(long inspectionId, long expectedVersion, FindingDraft draft, UserPrincipal user);

    List<Finding> findings(long inspectionId, UserPrincipal user);

    /** Closes a held inspection with its conclusion (an inspection may be concluded without any finding). */
    Inspection conclude(long inspectionId, long expectedVersion, String conclusion, LocalDate concludedOn,
            UserPrincipal user);

    /** The sanction decisions of a unit taken in a year, as far as the user may read. */
    List<Sanction> sanctions(long unitId, int year, UserPrincipal user);

    Sanction decide(SanctionDraft draft, UserPrincipal user);

    /** The decisions not yet remedied where the user manages, the soonest due first (the home page's reminder). */
    List<Sanction> awaitingRemedy(UserPrincipal user);

    /** The breach was remedied on a day, with what was done. */
    Sanction remedied(long sanctionId, long expectedVersion, LocalDate remediedOn, String followUp,
            UserPrincipal user);

    YearlyReport yearly(long unitId, int year, UserPrincipal user);
}
