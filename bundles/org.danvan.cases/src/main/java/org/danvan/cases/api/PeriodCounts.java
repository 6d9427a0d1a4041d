package org.danvan.cases.api;

/**
 * The figures of a periodic report (Circular 02/2021/TT-TTCP) for a unit subtree and a period.
 *
 * @param received received in the period
 * @param accepted accepted in the period
 * @param resolvedOnTime resolved in the period on or before the due date
 * @param resolvedLate resolved in the period after the due date
 * @param pending received by the end of the period and not finished (resolved, returned, transferred or closed)
 *            by then
 */
public record PeriodCounts(long received, long accepted, long resolvedOnTime, long resolvedLate, long pending) {
}
