package org.danvan.procedures.api;

/** What a review proposes for a procedure (Decree 63/2010/NĐ-CP art. 30, as amended). */
public enum Proposal {
    /** Abolish the procedure. */
    CUT,
    /** Simplify it: fewer steps or documents, a shorter time, a lower fee. */
    SIMPLIFY,
    /** Hand it down to a lower level (decentralise, delegate). */
    DECENTRALISE,
    /** Keep it as it is. */
    KEEP;

    /** Translation key of the proposal's name. */
    public String labelKey() {
        return "procedures.proposal." + name();
    }
}
