package org.danvan.grassroots.api;

/** What is wrong with a disclosure under the rules. The label is {@code grassroots.flag.<NAME>}. */
public enum DisclosureFlag {
    /** No form started by the due day (5 working days after the decision by default). */
    LATE_START,
    /** A posting ran fewer days than the minimum, or a permanent group's posting was given an end. */
    REMOVED_EARLY,
    /** The group must go on loudspeakers and no loudspeaker form was recorded. */
    LOUDSPEAKER_MISSING,
    /** The loudspeaker ran fewer consecutive days than the minimum. */
    LOUDSPEAKER_TOO_SHORT;

    /** Translation key of the flag. */
    public String labelKey() {
        return "grassroots.flag." + name();
    }
}
