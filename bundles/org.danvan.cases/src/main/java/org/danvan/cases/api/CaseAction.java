package org.danvan.cases.api;

/**
 * The steps of the lifecycle, each guarded by a permission checked against the case's owning unit. The label is the
 * translation key {@code case.action.<name>}.
 */
public enum CaseAction {
    INTAKE(CasePermissions.INTAKE),
    CLASSIFY(CasePermissions.CLASSIFY),
    ACCEPT(CasePermissions.ACCEPT),
    RETURN_AND_GUIDE(CasePermissions.ACCEPT),
    NOTIFY_ACCEPTANCE(CasePermissions.ACCEPT),
    TRANSFER(CasePermissions.TRANSFER),
    ASSIGN(CasePermissions.ASSIGN),
    EXTEND(CasePermissions.EXTEND),
    RESOLVE(CasePermissions.RESOLVE),
    CLOSE(CasePermissions.CLOSE),
    REOPEN(CasePermissions.REOPEN),
    ATTACH(CasePermissions.INTAKE),
    UNMASK(CasePermissions.UNMASK);

    private final String permission;

    CaseAction(String permission) {
        this.permission = permission;
    }

    /** The permission a user needs on the case's unit. */
    public String permission() {
        return permission;
    }

    /** Translation key of the label. */
    public String labelKey() {
        return "case.action." + name();
    }
}
