package org.danvan.grassroots.api;

/**
 * A group of content a commune must disclose (Law 10/2022, art. 11), read from the module's data file.
 *
 * @param number the item of art. 11 (1 to 14)
 * @param permanent true: posted permanently (never removed); false: posted at least the minimum days
 * @param loudspeaker true: also broadcast on loudspeakers at least the minimum days
 */
public record ContentGroup(int number, boolean permanent, boolean loudspeaker) {

    /** Translation key of the group's name. */
    public String labelKey() {
        return "grassroots.group." + number;
    }
}
