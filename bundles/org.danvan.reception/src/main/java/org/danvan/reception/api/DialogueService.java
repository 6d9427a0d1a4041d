package org.danvan.reception.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Dialogues with citizens and the commitments made in them. Writing needs {@link ReceptionPermissions#DIALOGUE_MANAGE},
 * reading {@link ReceptionPermissions#VIEW} or {@link ReceptionPermissions#DIALOGUE_MANAGE} on the dialogue's unit.
 * Refused input throws {@link org.danvan.platform.api.validation.ValidationException}, a stale version
 * {@link jakarta.persistence.OptimisticLockException}.
 */
@ProviderType
public interface DialogueService {

    /** Records a dialogue with its commitments. */
    Dialogue record(DialogueDraft draft, UserPrincipal user);

    /**
     * Corrects a dialogue. Commitments already done are kept; the draft's commitments replace the others.
     */
    Dialogue correct(long dialogueId, long expectedVersion, DialogueDraft draft, UserPrincipal user);

    /** Marks a commitment done on a day (not in the future, not before the dialogue). */
    Commitment completeCommitment(long commitmentId, long expectedVersion, LocalDate doneOn, UserPrincipal user);

    /** A dialogue, if it exists and the user may read it. */
    Optional<Dialogue> find(long dialogueId, UserPrincipal user);

    /** The dialogues of a unit held between two days, both included, newest first. */
    List<Dialogue> dialogues(long unitId, LocalDate from, LocalDate to, UserPrincipal user);

    /**
     * The commitments of a unit not yet done and due on or before a day (overdue ones included), by due date.
     */
    List<Commitment> commitmentsDue(long unitId, LocalDate dueBy, UserPrincipal user);
}
