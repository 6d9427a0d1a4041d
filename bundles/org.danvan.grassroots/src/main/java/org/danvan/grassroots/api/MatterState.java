package org.danvan.grassroots.api;

/** Where a matter for decision stands. The label is {@code grassroots.matterState.<NAME>}. */
public enum MatterState {
    /** Announced; the households have not decided yet. */
    OPEN,
    /** The votes are counted; the record's clock runs. */
    DECIDED,
    /** The record was sent to the commune People's Committee and the Front committee. */
    RECORD_SENT;

    /** Translation key of the state. */
    public String labelKey() {
        return "grassroots.matterState." + name();
    }
}
