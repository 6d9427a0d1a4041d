package org.danvan.grassroots.api;

/** Where a matter for decision stands. The label is {@code grassroots.matterState.<NAME>}. */
public enum MatterState {
    /** Announced; the households have not decided yet. */
    OPEN,
    /** The votes are counted; the record's clock runs. */
    DECIDED,
    /** The record was sent to the commune People's Committee and the Front committee. */
    RECORD_SENT,
    /** The commune People's Committee chairman recognised the decision. */
    RECOGNISED,
    /** The commune People's Committee chairman refused to recognise it (e.g. against the law), with the reason. */
    NOT_RECOGNISED;

    /** Whether the record was sent (and possibly answered by the commune). */
    public boolean recordSent() {
        return this == RECORD_SENT || this == RECOGNISED || this == NOT_RECOGNISED;
    }

    /** Translation key of the state. */
    public String labelKey() {
        return "grassroots.matterState." + name();
    }
}
