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
    OVERDUE,
    /**
     * Petitions still unprocessed (received or classified, neither accepted, returned, transferred nor resolved)
     * beyond the limit of rule {@code petition.unprocessed} (45 days, Decree 154/2026/NĐ-CP art. 41); days before the
     * rule came into force do not count (since 1.1).
     */
    UNPROCESSED
}
