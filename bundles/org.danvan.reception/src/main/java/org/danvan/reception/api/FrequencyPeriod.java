package org.danvan.reception.api;

/** The period a minimum number of reception days refers to. Label: {@code reception.period.<name>}. */
public enum FrequencyPeriod {
    /** An ISO week, Monday to Sunday. */
    WEEK,
    /** A calendar month. */
    MONTH;

    /** Translation key of the label. */
    public String labelKey() {
        return "reception.period." + name();
    }
}
