package org.danvan.reception.api;

/** In what capacity a leader receives citizens. Label: {@code reception.leader-role.<name>}. */
public enum LeaderRole {
    /** The head of the unit (chair of the People's Committee). */
    HEAD,
    /** A deputy receiving on the head's behalf: a delegation, forbidden from the date in the frequency rule. */
    DEPUTY;

    /** Translation key of the label. */
    public String labelKey() {
        return "reception.leader-role." + name();
    }
}
