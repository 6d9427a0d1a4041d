package org.danvan.reception.api;

import java.time.LocalDate;

/**
 * A commitment the authority made to citizens in a dialogue.
 *
 * @param description what was promised [1..2,000]
 * @param owner who is responsible (a person or body) [1..255]
 * @param ownerUserId that person's user id, or {@code null}
 * @param dueOn by when
 */
public record CommitmentDraft(String description, String owner, Long ownerUserId, LocalDate dueOn) {
}
