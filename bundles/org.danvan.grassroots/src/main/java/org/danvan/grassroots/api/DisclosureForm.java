package org.danvan.grassroots.api;

/** How a content is disclosed (Law 10/2022, art. 12). The label of a form is {@code grassroots.form.<NAME>}. */
public enum DisclosureForm {
    /** Posted (niêm yết) at the commune office: counts toward the posting minimum. */
    NOTICE_BOARD(true),
    /** Posted at the village's cultural hall: counts toward the posting minimum. */
    VILLAGE_HALL(true),
    /** On the commune's web portal. */
    WEBSITE(false),
    /** Broadcast on the commune's loudspeakers: its own minimum applies. */
    LOUDSPEAKER(false),
    /** Read out at a village meeting. */
    VILLAGE_MEETING(false),
    /** On the commune's social network page or group. */
    SOCIAL_NETWORK(false),
    /** Written to the households concerned. */
    LETTER(false);

    private final boolean posted;

    DisclosureForm(boolean posted) {
        this.posted = posted;
    }

    /** Whether this form is a posting that must stay up the posting minimum (or permanently). */
    public boolean posted() {
        return posted;
    }

    /** Translation key of the form's name. */
    public String labelKey() {
        return "grassroots.form." + name();
    }
}
