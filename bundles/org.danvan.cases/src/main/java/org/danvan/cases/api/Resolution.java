package org.danvan.cases.api;

import java.time.LocalDate;

/**
 * How a case was resolved.
 *
 * @param outcome the outcome; must fit the kind (complaints and denunciations: upheld / partly upheld / rejected;
 *            information requests: provided / refused; other kinds: answered)
 * @param legalGround the legal ground, required when information is refused
 * @param decisionReference number and date of the decision or answer, required
 * @param resolvedOn the day of the decision (not in the future, not before receipt)
 * @param summary short summary of the decision, may be {@code null}
 */
public record Resolution(Outcome outcome, String legalGround, String decisionReference, LocalDate resolvedOn,
        String summary) {
}
