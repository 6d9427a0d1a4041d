package org.danvan.cases.api;

/** Where a case stands. The label is the translation key {@code case.status.<name>}. */
public enum CaseStatus {
    /** Recorded, not yet classified. */
    RECEIVED,
    /** Classified; processable or not (see {@link CaseDetail#processable()}). */
    CLASSIFIED,
    /** Accepted for handling (thụ lý). */
    ACCEPTED,
    /**
     * A complaint whose resolution is suspended (tạm đình chỉ, since 1.1): its resolution clock is stopped until the
     * continuation decision; only the clock for sending the suspension decision may run.
     */
    SUSPENDED,
    /** Returned to the petitioner with guidance to the competent body. */
    RETURNED,
    /** Transferred to the competent body. */
    TRANSFERRED,
    /** Resolved with an outcome. */
    RESOLVED,
    /** Closed (archived); a closed first complaint may be reopened as a second one. */
    CLOSED;

    /** Whether the case is not finished (a suspended case is open, its resolution clock stopped). */
    public boolean isOpen() {
        return this == RECEIVED || this == CLASSIFIED || this == ACCEPTED || this == SUSPENDED;
    }

    /** Translation key of the label. */
    public String labelKey() {
        return "case.status." + name();
    }
}
