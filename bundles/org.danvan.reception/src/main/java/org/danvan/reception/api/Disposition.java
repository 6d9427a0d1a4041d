package org.danvan.reception.api;

/** What the reception office did with a petition (form 03). Label: {@code reception.disposition.<name>}. */
public enum Disposition {
    /** Received for handling by this unit: becomes a case. */
    ACCEPT,
    /** Outside competence: the citizen was returned the petition and guided to the competent body. */
    RETURN_AND_GUIDE,
    /** Transferred to the competent body (recorded as a case, which tracks the transfer). */
    TRANSFER,
    /**
     * Reception refused (since 1.1): recorded with its ground; the citizen gets a written notice within 3 working
     * days (rule {@code reception.refusal.notify}, Decree 154/2026/NĐ-CP art. 4, from 1 July 2026).
     */
    REFUSE;

    /** Translation key of the label. */
    public String labelKey() {
        return "reception.disposition." + name();
    }

    /** Whether an entry with this disposition may become a case. */
    public boolean becomesCase() {
        return this == ACCEPT || this == TRANSFER;
    }
}
