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
    /** Suspends the resolution of a complaint with its ground: the resolution clock stops (since 1.1). */
    SUSPEND(CasePermissions.RESOLVE),
    /** Records that the suspension decision was sent (its own clock of 3 working days) (since 1.1). */
    NOTIFY_SUSPENSION(CasePermissions.RESOLVE),
    /** Continues a suspended resolution: the clock runs on with the days that remained (since 1.1). */
    CONTINUE(CasePermissions.RESOLVE),
    /** Terminates the resolution of a complaint with its ground; the case is closed (since 1.1). */
    TERMINATE(CasePermissions.RESOLVE),
    /** Records the parts of a complaint the complainant withdrew; the rest is resolved (since 1.1). */
    WITHDRAW_PART(CasePermissions.RESOLVE),
    /** Records a dialogue held in the resolution of a complaint and its notice (since 1.4). */
    DIALOGUE(CasePermissions.RESOLVE),
    UNMASK(CasePermissions.UNMASK),
    /** A comment on the case by anyone who may see it (since 1.3.0); never changes its state. */
    COMMENT(CasePermissions.VIEW);

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
