package org.danvan.procedures.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Review rounds and reviews: rounds and assessments need {@link ProcedurePermissions#MANAGE} at the unit, decisions
 * {@link ProcedurePermissions#DECIDE}, the follow-up {@link ProcedurePermissions#MANAGE}.
 */
@ProviderType
public interface ReviewService {

    int TEXT_MAX = 500;

    /** Arguments: the first and the last year allowed. */
    String YEAR_RANGE = "procedures.validation.year.range";
    /** Argument: the maximum length. */
    String TITLE_REQUIRED = "procedures.validation.round.title";
    String STARTED_ON = "procedures.validation.round.startedOn";
    /** Argument: the year. */
    String ROUND_EXISTS = "procedures.validation.round.exists";
    String PROCEDURE_ABOLISHED = "procedures.validation.procedure.abolished";
    String PROCEDURE_OTHER_UNIT = "procedures.validation.procedure.otherUnit";
    /** The review is decided already: it can no longer be assessed or decided. */
    String NOT_ASSESSED = "procedures.validation.review.notAssessed";
    String NOT_ADOPTED = "procedures.validation.review.notAdopted";
    /** Argument: the maximum length. */
    String DECISION_REQUIRED = "procedures.validation.decision.ref";
    String DECIDED_ON = "procedures.validation.decision.day";
    String IMPLEMENTED_ON = "procedures.validation.implemented.day";
    /** Argument: the maximum length. */
    String FOLLOW_UP_REQUIRED = "procedures.validation.followUp.required";

    /** The four criteria with their questions and citation, in order. */
    List<Criterion> criteria();

    /**
     * What waits for the user, oldest first: proposals awaiting a decision where the user holds
     * {@link ProcedurePermissions#DECIDE}, and adopted proposals whose follow-up is not recorded where the user holds
     * {@link ProcedurePermissions#MANAGE} (for the home page).
     */
    List<Review> awaiting(UserPrincipal user);

    /** The unit's rounds of a year; empty where the user may not read. */
    List<ReviewRound> rounds(long unitId, int year, UserPrincipal user);

    /** Opens the unit's round of a year; its report is due on the working day the rule gives from {@code startedOn}. */
    ReviewRound openRound(Long unitId, Integer year, String title, LocalDate startedOn, UserPrincipal user);

    /** The round's reviews, by procedure code; empty where the user may not read. */
    List<Review> reviews(long roundId, UserPrincipal user);

    /**
     * Assesses a procedure of the round's unit: a first assessment creates the review; a review still
     * {@link ReviewStatus#ASSESSED} is assessed again (with the version last read).
     */
    Review assess(long roundId, long procedureId, Long expectedVersion, Assessment assessment, UserPrincipal user);

    /** The competent head adopts or rejects the proposal by a decision; an adopted one starts the follow-up clock. */
    Review decide(long reviewId, long expectedVersion, boolean adopted, String decisionRef, LocalDate decidedOn,
            UserPrincipal user);

    /**
     * Records the follow-up of an adopted proposal as done: a cut procedure leaves the register (kept as abolished), a
     * simplified one takes its new time and fee.
     */
    Review implement(long reviewId, long expectedVersion, LocalDate implementedOn, String followUp,
            UserPrincipal user);
}
