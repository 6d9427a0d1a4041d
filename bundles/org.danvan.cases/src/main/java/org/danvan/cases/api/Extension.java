package org.danvan.cases.api;

import java.time.LocalDate;

/**
 * A recorded decision extending the current time limit, within the rule's extension policy.
 *
 * @param days length of the extension
 * @param decisionReference number of the written decision, required
 * @param decidedOn the day of the decision
 * @param reason why, required
 */
public record Extension(int days, String decisionReference, LocalDate decidedOn, String reason) {
}
