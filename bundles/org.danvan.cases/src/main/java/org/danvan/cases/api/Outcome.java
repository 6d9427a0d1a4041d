package org.danvan.cases.api;

/** The result of resolving a case. The label is the translation key {@code case.outcome.<name>}. */
public enum Outcome {
    /** Complaint or denunciation found right (đúng). */
    UPHELD,
    /** Partly right (đúng một phần). */
    PARTLY_UPHELD,
    /** Wrong (sai), rejected. */
    REJECTED,
    /** The requested information was provided. */
    INFORMATION_PROVIDED,
    /** The information was refused; a legal ground is required. */
    INFORMATION_REFUSED,
    /** A recommendation, reflection or voters' recommendation was answered. */
    ANSWERED;

    /** Translation key of the label. */
    public String labelKey() {
        return "case.outcome." + name();
    }
}
