package org.danvan.reception.api;

/** Whether a reception session is one of the leader's regular days or an extra one. Label: {@code reception.session.kind.<name>}. */
public enum SessionKind {
    /** A regular reception day, counted towards the legal minimum. */
    REGULAR,
    /** An ad hoc (đột xuất) session, e.g. for a complicated or crowded petition; also counted when held. */
    AD_HOC;

    /** Translation key of the label. */
    public String labelKey() {
        return "reception.session.kind." + name();
    }
}
