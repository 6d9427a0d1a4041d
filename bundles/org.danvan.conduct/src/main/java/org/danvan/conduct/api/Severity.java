package org.danvan.conduct.api;

/** How serious a finding is: a remark, a breach of the rules of conduct, a serious breach (for discipline). */
public enum Severity {
    REMARK, BREACH, SERIOUS;

    /** Translation key of the severity's name. */
    public String labelKey() {
        return "conduct.severity." + name();
    }
}
