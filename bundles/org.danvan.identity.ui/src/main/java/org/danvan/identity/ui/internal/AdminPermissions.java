package org.danvan.identity.ui.internal;

/**
 * Ids of the permissions the administration screens ask for. They are contributed by the identity core and the
 * audit module; the screens only name them.
 */
public final class AdminPermissions {

    /** Managing user accounts and their role assignments (at a unit and its subtree). */
    public static final String USERS_MANAGE = "identity.users.manage";

    /** Changing the org-unit tree (at a unit and its subtree). */
    public static final String UNITS_MANAGE = "identity.units.manage";

    /** Changing which permissions a role holds, creating roles (held at a root unit). */
    public static final String ROLES_MANAGE = "identity.roles.manage";

    /** Reading the audit trail. */
    public static final String AUDIT_VIEW = "audit.view";

    private AdminPermissions() {
    }
}
