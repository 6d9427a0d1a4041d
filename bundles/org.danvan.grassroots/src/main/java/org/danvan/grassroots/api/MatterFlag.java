package org.danvan.grassroots.api;

/** What the rules find wrong with a matter for decision. The label is {@code grassroots.matterFlag.<NAME>}. */
public enum MatterFlag {
    /** The meeting was announced later than the notice rule allows. */
    NOTICE_LATE,
    /** A meeting on the people's initiative was asked for by fewer households than the rule requires. */
    INITIATIVE_SHORT,
    /** The meeting was held after the initiative had expired. */
    INITIATIVE_EXPIRED,
    /** The record was sent after its due day, or is overdue and not sent yet. */
    RECORD_LATE;

    /** Translation key of the flag. */
    public String labelKey() {
        return "grassroots.matterFlag." + name();
    }
}
