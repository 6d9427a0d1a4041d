package org.danvan.reception.api;

/** What a schedule warning is about. Its message is the translation key {@code reception.warning.<name>}. */
public enum WarningKind {
    /** A past period in which the head received on fewer days than the legal minimum. */
    MINIMUM_MISSED,
    /** A current or future period whose held and planned sessions do not reach the minimum. */
    MINIMUM_NOT_SCHEDULED,
    /** A session held by a deputy on or after the day delegation became unlawful. */
    DELEGATED_RECEPTION,
    /**
     * An online session whose citizens were not notified by the latest day of rule {@code reception.online.notice}
     * (5 working days before; period start = that day, period end = the session day) (since 1.1).
     */
    ONLINE_NOTICE_LATE,
    /**
     * An online session whose connection was not tested by the latest day of rule
     * {@code reception.online.connection.test} (1 working day before) (since 1.1).
     */
    ONLINE_TEST_LATE;

    /** Translation key of the message; arguments: period start, period end, days counted, minimum, source. */
    public String messageKey() {
        return "reception.warning." + name();
    }
}
