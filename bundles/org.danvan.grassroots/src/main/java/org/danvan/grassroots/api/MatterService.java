package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Matters the people of a village decide (Law 10/2022, arts. 15–20): announced, counted against the approval rule
 * (more than the rule's share of ALL the village's households), and their record sent within its clock. Reading
 * needs {@link GrassrootsPermissions#VIEW}, {@link GrassrootsPermissions#MANAGE_DECISIONS} or
 * {@link GrassrootsPermissions#RECOGNISE_DECISIONS}; changing needs the second at the village, the commune's answer
 * the third at the commune. Every change is audited.
 * <p>
 * Refusals: {@link org.danvan.platform.api.validation.ValidationException},
 * {@link org.danvan.platform.api.security.AccessDeniedException}, {@link jakarta.persistence.OptimisticLockException}.
 */
@ProviderType
public interface MatterService {

    /** Translation key: the matter was deleted meanwhile. */
    String GONE = "grassroots.error.gone";
    /** Translation key: the step does not fit where the matter stands (e.g. counting twice). */
    String WRONG_STATE = "grassroots.error.matter.state";
    /** Translation key: the record cannot be sent before the count or in the future. */
    String SENT_DAY = "grassroots.validation.matter.sentOn";
    /** Translation key: the user may not answer for the commune of the matter's village. */
    String NO_COMMUNE = "grassroots.error.matter.noCommune";
    /** The largest page {@link #list} returns. */
    int MAX_PAGE_SIZE = 500;

    /** A page of the matters the user may read, the latest meeting first. */
    List<Matter> list(UserPrincipal user, int offset, int limit);

    /** How many matters the user may read. */
    long count(UserPrincipal user);

    /** The matters of a unit and its subtree whose meeting falls in a period, oldest first (reports, evidence). */
    List<Matter> inPeriod(UserPrincipal user, long unitId, LocalDate from, LocalDate to);

    /** Announces a matter. */
    Matter create(MatterDraft draft, UserPrincipal user);

    /** Changes a matter not yet counted, read at {@code expectedVersion}. */
    Matter update(long id, long expectedVersion, MatterDraft draft, UserPrincipal user);

    /** Records the count: the result against the approval rule, and the record's due day. */
    Matter recordResult(long id, long expectedVersion, BallotResult result, UserPrincipal user);

    /** Records the day the record was sent to the commune People's Committee and the Front committee. */
    Matter recordSent(long id, long expectedVersion, LocalDate sentOn, UserPrincipal user);

    /**
     * Records the commune People's Committee chairman's answer to a record sent: the decision recognised, or refused
     * with the reason. Needs {@link GrassrootsPermissions#RECOGNISE_DECISIONS} at the commune the village belongs to.
     *
     * @since 1.2
     */
    Matter recordRecognition(long id, long expectedVersion, Recognition recognition, UserPrincipal user);

    /** Deletes a matter not yet counted. */
    void delete(long id, long expectedVersion, UserPrincipal user);
}
