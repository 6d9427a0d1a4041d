package org.danvan.grassroots.api;

/** How a village decides (Law 10/2022, art. 17; Decree 59/2023). The label is {@code grassroots.way.<NAME>}. */
public enum DecisionWay {
    /** A meeting of the village's households, voting by show of hands or ballot. */
    VILLAGE_MEETING,
    /** Ballots handed to the households (when a meeting cannot be held or lacks its quorum). */
    HOUSEHOLD_BALLOT,
    /** An online vote in the village, where allowed. */
    ONLINE_VOTE;

    /** Translation key of the way. */
    public String labelKey() {
        return "grassroots.way." + name();
    }
}
