package org.danvan.cases.api;

/**
 * One cell of a unit's dashboard.
 *
 * @param kind kind
 * @param status status
 * @param dueState due state
 * @param count number of cases
 */
public record DashboardCount(CaseKind kind, CaseStatus status, DueState dueState, long count) {
}
