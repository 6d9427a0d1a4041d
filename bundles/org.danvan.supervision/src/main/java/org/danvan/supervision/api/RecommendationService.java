package org.danvan.supervision.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Recommendations to government units: made by the organisation ({@link SupervisionPermissions#MANAGE} at the
 * programme's unit) after the round, answered by the unit addressed ({@link SupervisionPermissions#ANSWER} at it),
 * followed up and closed by the organisation. Every change is audited in its transaction.
 */
@ProviderType
public interface RecommendationService {

    String CONTENT_REQUIRED = "supervision.validation.recommendation.content";
    String ADDRESSEE_REQUIRED = "supervision.validation.addressee.required";
    String ANSWER_REQUIRED = "supervision.validation.answer.required";
    String ANSWER_STATE = "supervision.validation.answer.state";
    String ANSWERED_DAY = "supervision.validation.answeredOn";
    String NOTE_REQUIRED = "supervision.validation.note.required";
    /** The programme's round must be held before recommendations are made. */
    String NOT_HELD = "supervision.error.recommendation.notHeld";
    String CLOSED = "supervision.error.recommendation.closed";
    String NOT_ANSWERED = "supervision.error.recommendation.notAnswered";
    /** The rule row of the answer's expected time (configurable: Law 75/2015 sets no number of days). */
    String ANSWER_RULE = "supervision.recommendation.answer";
    int TEXT_MAX = 4000;

    /** The recommendations of a programme. */
    List<Recommendation> ofProgramme(long programmeId, UserPrincipal user);

    /**
     * Not answered or only partly answered, addressed to a unit where the user may answer: the worklist of the
     * supervised unit, oldest due first.
     */
    List<Recommendation> owedBy(UserPrincipal user);

    /** Every recommendation the user may read made or received by the unit's subtree, issued in the period. */
    List<Recommendation> issuedIn(long unitId, LocalDate from, LocalDate to, UserPrincipal user);

    Recommendation issue(long programmeId, Long addresseeUnitId, String content, UserPrincipal user);

    /** The unit's answer: {@code state} is {@link RecommendationState#ANSWERED} or {@link RecommendationState#PARTLY}. */
    Recommendation answer(long id, long expectedVersion, RecommendationState state, String answer,
            LocalDate answeredOn, UserPrincipal user);

    Recommendation followUp(long id, long expectedVersion, String note, UserPrincipal user);

    /** Closes an answered recommendation with a last note of the organisation. */
    Recommendation close(long id, long expectedVersion, String note, UserPrincipal user);
}
