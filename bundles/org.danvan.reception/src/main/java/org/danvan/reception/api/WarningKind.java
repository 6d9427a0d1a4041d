package org.danvan.reception.api;

/** What a schedule warning is about. Its message is the translation key {@code reception.warning.<name>}. */
public enum WarningKind {
    /** A past period in which the head received on fewer days than the legal minimum. */
    MINIMUM_MISSED,
    /** A current or future period whose held and planned sessions do not reach the minimum. */
    MINIMUM_NOT_SCHEDULED,
    /** A session held by a deputy on or after the day delegation became unlawful. */
    DELEGATED_RECEPTION;

    /** Translation key of the message; arguments: period start, period end, days counted, minimum, source. */
    public String messageKey() {
        return "reception.warning." + name();
    }
}
