package org.danvan.emulation.api;

/** The module's id and permission ids. Permissions held at a unit cover its subtree, where the module is enabled. */
public final class EmulationPermissions {

    /** The module id (persistence unit, translation prefix, enablement). */
    public static final String MODULE = "emulation";
    /** Read models, registrations, proposals, awards and reports of a unit. */
    public static final String VIEW = "emulation.view";
    /** Register models, emulation registrations and proposals for a unit. */
    public static final String MANAGE = "emulation.manage";
    /** Sit on the emulation council of a unit: score models, evaluate, vote on proposals. */
    public static final String COUNCIL = "emulation.council";
    /** Sign the decisions of a unit: recognise models, decide awards. */
    public static final String DECIDE = "emulation.decide";

    private EmulationPermissions() {
    }
}
