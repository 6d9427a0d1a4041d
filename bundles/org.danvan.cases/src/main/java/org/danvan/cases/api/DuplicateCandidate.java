package org.danvan.cases.api;

/**
 * Another case that may be the same matter.
 *
 * @param otherCaseId the other case
 * @param otherNumber its number
 * @param otherUnitId its owning unit (candidates are searched across all units)
 * @param reason {@code PERSON} (same normalised name with ID number or phone) or {@code CONTENT} (overlapping
 *            wording)
 * @param score similarity in percent (100 for a person match)
 * @param state {@code OPEN}, {@code LINKED} or {@code DISMISSED}
 */
public record DuplicateCandidate(long otherCaseId, String otherNumber, long otherUnitId, String reason, int score,
        String state) {
}
