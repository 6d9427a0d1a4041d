package org.danvan.supervision.api;

/** The module's id and permission ids. Permissions held at a unit cover its subtree, where the module is enabled. */
public final class SupervisionPermissions {

    /** The module id (persistence unit, translation prefix, enablement). */
    public static final String MODULE = "supervision";
    /** Read a unit's supervision programmes, recommendations and reports (Party committee, observers). */
    public static final String VIEW = "supervision.view";
    /** The Front or an organisation: keep programmes, rounds, findings, recommendations and their follow-up. */
    public static final String MANAGE = "supervision.manage";
    /** The supervised government unit: answer the recommendations addressed to it. */
    public static final String ANSWER = "supervision.answer";

    private SupervisionPermissions() {
    }
}
