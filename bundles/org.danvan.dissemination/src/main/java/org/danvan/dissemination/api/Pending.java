package org.danvan.dissemination.api;

import java.time.LocalDate;

/**
 * A document a unit must still disseminate (no session yet).
 *
 * @param remind the due date is within the reminder rule's days (or passed)
 */
public record Pending(Document document, long unitId, LocalDate dueOn, boolean remind, boolean overdue) {
}
