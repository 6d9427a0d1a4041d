package org.danvan.reception.api;

/** Where a reception session stands. Label: {@code reception.session.status.<name>}. */
public enum SessionStatus {
    /** Planned, not yet held. */
    SCHEDULED,
    /** Held; the session records who actually received the citizens. */
    HELD,
    /** Called off. */
    CANCELLED;

    /** Translation key of the label. */
    public String labelKey() {
        return "reception.session.status." + name();
    }
}
