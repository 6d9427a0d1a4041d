package org.danvan.cases.api;

import java.util.List;

/** The permission ids of the case engine, checked with AccessControl against the case's owning unit. */
public final class CasePermissions {

    public static final String INTAKE = "case.intake";
    public static final String CLASSIFY = "case.classify";
    public static final String ACCEPT = "case.accept";
    public static final String TRANSFER = "case.transfer";
    public static final String ASSIGN = "case.assign";
    public static final String EXTEND = "case.extend";
    public static final String RESOLVE = "case.resolve";
    public static final String CLOSE = "case.close";
    public static final String REOPEN = "case.reopen";
    public static final String VIEW = "case.view";
    public static final String UNMASK = "case.unmask";

    /** All of them. */
    public static final List<String> ALL = List.of(INTAKE, CLASSIFY, ACCEPT, TRANSFER, ASSIGN, EXTEND, RESOLVE, CLOSE,
            REOPEN, VIEW, UNMASK);

    private CasePermissions() {
    }
}
