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

    private GrassrootsPermissions() {
    }
}
