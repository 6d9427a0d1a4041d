package org.danvan.reports.api;

/** The kinds of report period; all but {@link #CUSTOM} are computed from a year by {@link ReportPeriod#of}. */
public enum PeriodKind {
    /** First quarter. */
    Q1,
    /** Second quarter. */
    Q2,
    /** Third quarter. */
    Q3,
    /** Fourth quarter. */
    Q4,
    /** The first six months. */
    FIRST_6_MONTHS,
    /** The first nine months. */
    FIRST_9_MONTHS,
    /** The whole year. */
    YEAR,
    /** Dates chosen by the user. */
    CUSTOM
}
