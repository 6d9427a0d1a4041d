package org.danvan.dissemination.api;

/** The module's id and permission ids. Permissions held at a unit cover its subtree, where the module is enabled. */
public final class DisseminationPermissions {

    /** The module id (persistence unit, enablement, the feature's capability). */
    public static final String MODULE = "dissemination";
    /** Oversee a unit: read the documents it issues or must disseminate, its sessions and the coverage. */
    public static final String VIEW = "dissemination.view";
    /** Issue documents to disseminate from a unit, with their target units and due date. */
    public static final String MANAGE = "dissemination.manage";
    /** Record the dissemination sessions a unit held, with the attendance. */
    public static final String RECORD = "dissemination.record";

    private DisseminationPermissions() {
    }
}
