package org.danvan.cases.api;

/** The predefined worklists of the screens. */
public enum Worklist {
    /** Every case the user may view. */
    ALL,
    /** Open cases assigned to the user. */
    MINE,
    /** Open cases of the user's units without a handler. */
    UNIT_QUEUE,
    /** Open cases due within the near-due window. */
    NEAR_DUE,
    /** Open cases past their due date. */
    OVERDUE
}
