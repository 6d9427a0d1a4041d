package org.danvan.cases.api;

import java.time.LocalDate;

/**
 * A recorded decision extending the current time limit, within the rule's extension policy.
 *
 * @param days length of the extension
 * @param decisionReference number of the written decision, required
 * @param decidedOn the day of the decision
 * @param reason why, required
 * @param ground the legal ground, required to extend the classification of a denunciation ({@code
 *            denunciation.classify}, Law 25/2018 art. 24), otherwise {@code null} (since 1.1)
 */
public record Extension(int days, String decisionReference, LocalDate decidedOn, String reason,
        ExtensionGround ground) {

    /** An extension without a listed ground, as in 1.0. */
    public Extension(int days, String decisionReference, LocalDate decidedOn, String reason) {
        this(days, decisionReference, decidedOn, reason, null);
    }
}
