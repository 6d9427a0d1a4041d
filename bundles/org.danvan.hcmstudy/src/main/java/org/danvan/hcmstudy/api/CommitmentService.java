package org.danvan.hcmstudy.api;

import java.util.List;
import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Personal commitments ("bản đăng ký làm theo"). A person registers and reviews their own (their login is on the
 * unit's member list, {@link HcmStudyPermissions#PARTICIPATE}); a unit keeper registers for a person without an
 * account ({@link HcmStudyPermissions#MANAGE}); the head assesses after the year-end review
 * ({@link HcmStudyPermissions#ASSESS}).
 */
@ProviderType
public interface CommitmentService {

    String BEHAVIOURS_REQUIRED = "hcmstudy.validation.commitment.behaviours";
    String BEHAVIOUR_UNKNOWN = "hcmstudy.validation.commitment.behaviour";
    String TEXT_LENGTH = "hcmstudy.validation.commitment.text";
    String YEAR = "hcmstudy.validation.commitment.year";
    String ALREADY_REGISTERED = "hcmstudy.validation.commitment.duplicate";
    /** Argument: the first day the review may be written. */
    String REVIEW_NOT_YET = "hcmstudy.validation.review.notYet";
    String REVIEW_TEXT = "hcmstudy.validation.review.text";
    String ASSESS_BEFORE_REVIEW = "hcmstudy.validation.assessment.beforeReview";
    String CLASSIFICATION_REQUIRED = "hcmstudy.validation.assessment.classification";
    String ALREADY_ASSESSED = "hcmstudy.error.assessed";

    /** The list of behaviours one can commit to. */
    List<Behaviour> behaviours();

    /** The member entries carrying the user's login, for their own registration. */
    List<Member> myMemberships(UserPrincipal user);

    Commitment register(CommitmentDraft draft, UserPrincipal user);

    Commitment review(long commitmentId, long expectedVersion, ReviewStage stage, String text, UserPrincipal user);

    Commitment assess(long commitmentId, long expectedVersion, Classification classification, String comment,
            UserPrincipal user);

    /** The user's own commitments over the years, newest first. */
    List<Commitment> myHistory(UserPrincipal user);

    /** A unit's commitments of a year (readers of the unit). */
    List<Commitment> ofUnit(long unitId, int year, UserPrincipal user);

    Optional<Commitment> find(long commitmentId, UserPrincipal user);

    /** Who on the unit's list has not registered, or not written a review that is due today (readers). */
    List<PendingPerson> pending(long unitId, int year, UserPrincipal user);

    /** What the user themself still owes this year, at any of their units. */
    List<PendingPerson> myPending(UserPrincipal user);
}
