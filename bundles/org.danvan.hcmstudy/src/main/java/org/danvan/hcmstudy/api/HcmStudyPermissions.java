package org.danvan.hcmstudy.api;

/** The module's id and permission ids. Permissions held at a unit cover its subtree, where the module is enabled. */
public final class HcmStudyPermissions {

    /** The module id (persistence unit, translation prefix, enablement). */
    public static final String MODULE = "hcmstudy";
    /** Oversee a unit: read its programme, sessions, commitments, plans, models and reports (Party committee). */
    public static final String VIEW = "hcmstudy.view";
    /** Keep a unit's programme, member list, sessions and attendance, action plans, proposals of models. */
    public static final String MANAGE = "hcmstudy.manage";
    /** The unit head: assess and classify commitments, recognise exemplary models by decision. */
    public static final String ASSESS = "hcmstudy.assess";
    /** A member: register and review one's own commitment, see one's own history. */
    public static final String PARTICIPATE = "hcmstudy.participate";

    private HcmStudyPermissions() {
    }
}
