package org.danvan.cases.api;

import java.time.LocalDate;

/**
 * A row of a worklist. Holds no personal data of the petitioners.
 *
 * @param id case id
 * @param number the per-unit yearly number, e.g. {@code 2026/000042}
 * @param unitId owning unit
 * @param kind kind
 * @param status status
 * @param receivedOn received date
 * @param dueRuleId rule of the running clock, {@code null} when none runs
 * @param dueDate due date of the running clock, {@code null} when none runs
 * @param dueState as marked by the daily job
 * @param handlerUserId the assigned handler, or {@code null}
 * @param concerned the people or body concerned
 * @param excerpt the start of the content
 * @param version optimistic-lock version, to pass back with the next action
 */
public record CaseSummary(long id, String number, long unitId, CaseKind kind, CaseStatus status,
        LocalDate receivedOn, String dueRuleId, LocalDate dueDate, DueState dueState, Long handlerUserId,
        String concerned, String excerpt, long version) {
}
