package org.danvan.reception.api;

/** Where a commitment stands; computed from its due date and completion. Label: {@code reception.commitment.status.<name>}. */
public enum CommitmentStatus {
    /** Not done, due date not passed. */
    OPEN,
    /** Done. */
    DONE,
    /** Not done and its due date has passed. */
    OVERDUE;

    /** Translation key of the label. */
    public String labelKey() {
        return "reception.commitment.status." + name();
    }
}
