package org.danvan.cases.api;

/** How a case stands against its clock, as last marked by the daily job. */
public enum DueState {
    /** No running clock (finished cases). */
    NONE,
    /** Due later than the near-due window. */
    ON_TIME,
    /** Due within the near-due window (default 3 working days). */
    NEAR_DUE,
    /** Past its due date. */
    OVERDUE
}
