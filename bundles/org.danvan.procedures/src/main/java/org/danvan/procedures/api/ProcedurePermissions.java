package org.danvan.procedures.api;

/** The module's id and permission ids. Permissions held at a unit cover its subtree, where the module is enabled. */
public final class ProcedurePermissions {

    /** The module id (persistence unit, enablement, the feature's capability). */
    public static final String MODULE = "procedure-review";
    /** Oversee a unit: read its register, review rounds, decisions and reports. */
    public static final String VIEW = "procedure-review.view";
    /** Keep a unit's register of procedures, open review rounds, assess procedures and record follow-up. */
    public static final String MANAGE = "procedure-review.manage";
    /** The competent head: decide on a review's proposal (adopt or reject) by a decision. */
    public static final String DECIDE = "procedure-review.decide";

    private ProcedurePermissions() {
    }
}
