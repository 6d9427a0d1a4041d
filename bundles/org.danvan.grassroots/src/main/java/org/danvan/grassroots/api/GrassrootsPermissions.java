package org.danvan.grassroots.api;

/** The module's id and permission ids. Permissions held at a unit cover its subtree, where the module is enabled. */
public final class GrassrootsPermissions {

    /** The module id (persistence unit, translation prefix, enablement). */
    public static final String MODULE = "grassroots";
    /** Read the disclosures, matters and reports of a unit. */
    public static final String VIEW = "grassroots.view";
    /** Record, change and remove the disclosures of a unit. */
    public static final String MANAGE_DISCLOSURES = "grassroots.disclosure.manage";
    /** Record matters for decision, their ballots and records. */
    public static final String MANAGE_DECISIONS = "grassroots.decision.manage";
    /**
     * Recognise, or refuse to recognise, a village's decision whose record was sent to the commune People's
     * Committee (held at the commune).
     *
     * @since 1.2
     */
    public static final String RECOGNISE_DECISIONS = "grassroots.decision.recognise";
    /** Record an agency's annual conference of staff and the staff aspirations and their answers. */
    public static final String MANAGE_AGENCY = "grassroots.agency.manage";
    /** Record a Steering Committee's members, plans, meetings, rounds and follow-up tasks. */
    public static final String MANAGE_STEERING = "grassroots.steering.manage";

    private GrassrootsPermissions() {
    }
}
