package org.danvan.procedures.api;

/**
 * Where a review stands: assessed (and proposed), then decided by the competent head (adopted or rejected), then for an
 * adopted proposal its follow-up done (implemented). Only an assessed review may be assessed again.
 */
public enum ReviewStatus {
    ASSESSED, ADOPTED, REJECTED, IMPLEMENTED;

    /** Translation key of the status's name. */
    public String labelKey() {
        return "procedures.status." + name();
    }
}
