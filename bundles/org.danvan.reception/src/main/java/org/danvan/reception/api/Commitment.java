package org.danvan.reception.api;

import java.time.LocalDate;

/**
 * A commitment made in a dialogue, with its status as of today.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param dialogueId the dialogue it was made in
 * @param unitId the dialogue's unit
 * @param description what was promised
 * @param owner who is responsible
 * @param ownerUserId that person's user id, or {@code null}
 * @param dueOn by when
 * @param doneOn when it was done, or {@code null}
 * @param status open, done or overdue (computed)
 */
public record Commitment(long id, long version, long dialogueId, long unitId, String description, String owner,
        Long ownerUserId, LocalDate dueOn, LocalDate doneOn, CommitmentStatus status) {

    /** The status of a commitment on a day: done once done, overdue after its due date, otherwise open. */
    public static CommitmentStatus statusOn(LocalDate dueOn, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) {
            return CommitmentStatus.DONE;
        }
        return today.isAfter(dueOn) ? CommitmentStatus.OVERDUE : CommitmentStatus.OPEN;
    }
}
