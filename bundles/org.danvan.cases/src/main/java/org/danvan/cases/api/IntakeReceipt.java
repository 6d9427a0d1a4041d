package org.danvan.cases.api;

import java.util.List;

/**
 * The result of an intake.
 *
 * @param caseId the new case's id
 * @param number its per-unit yearly number
 * @param trackingCode the citizen tracking code (give it to the petitioner; it is the only way to look the case up
 *            publicly)
 * @param duplicates candidates found at intake, for an officer to link or dismiss
 */
public record IntakeReceipt(long caseId, String number, String trackingCode, List<DuplicateCandidate> duplicates) {

    public IntakeReceipt {
        duplicates = List.copyOf(duplicates);
    }
}
