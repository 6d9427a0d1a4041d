package org.danvan.cases.api.feed;

import java.time.Instant;

/**
 * One handling step: what was done, when, and the status before and after. The step's free-text details and the
 * official's name are left out of the export view.
 *
 * @param action the {@code CaseAction} name, e.g. {@code ACCEPT}
 * @param at when it was recorded
 * @param fromStatus the {@code CaseStatus} name before, {@code null} for the intake
 * @param toStatus the {@code CaseStatus} name after
 */
public record FeedStep(String action, Instant at, String fromStatus, String toStatus) {
}
