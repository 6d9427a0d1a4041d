package org.danvan.cases.api;

/** Where a case stands. The label is the translation key {@code case.status.<name>}. */
public enum CaseStatus {
    /** Recorded, not yet classified. */
    RECEIVED,
    /** Classified; processable or not (see {@link CaseDetail#processable()}). */
    CLASSIFIED,
    /** Accepted for handling (thụ lý). */
    ACCEPTED,
    /** Returned to the petitioner with guidance to the competent body. */
    RETURNED,
    /** Transferred to the competent body. */
    TRANSFERRED,
    /** Resolved with an outcome. */
    RESOLVED,
    /** Closed (archived); a closed first complaint may be reopened as a second one. */
    CLOSED;

    /** Whether the case still runs against a clock. */
    public boolean isOpen() {
        return this == RECEIVED || this == CLASSIFIED || this == ACCEPTED;
    }

    /** Translation key of the label. */
    public String labelKey() {
        return "case.status." + name();
    }
}
