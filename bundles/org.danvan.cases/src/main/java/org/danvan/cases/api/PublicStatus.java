package org.danvan.cases.api;

import java.time.LocalDate;

/**
 * What a citizen sees when looking up a tracking code: no personal data, no content.
 *
 * @param kind kind
 * @param currentStep current status
 * @param receivedOn received date
 * @param nextDueDate due date of the running clock, or {@code null}
 */
public record PublicStatus(CaseKind kind, CaseStatus currentStep, LocalDate receivedOn, LocalDate nextDueDate) {
}
