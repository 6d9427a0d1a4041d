package org.danvan.conduct.api;

/** The module id and permission ids. Permissions held at a unit cover its subtree, where the module is enabled. */
public final class ConductPermissions {

    /** The module id (persistence unit, enablement, the feature's capability). */
    public static final String MODULE = "conduct";
    /** Oversee a unit: read its inspections, sanction decisions and reports. */
    public static final String VIEW = "conduct.view";
    /** Plan and hold inspections, record findings, conclude, record the follow-up of sanctions. */
    public static final String MANAGE = "conduct.manage";
    /** The competent authority: record a sanction decision on an official. */
    public static final String DECIDE = "conduct.decide";

    private ConductPermissions() {
    }
}
