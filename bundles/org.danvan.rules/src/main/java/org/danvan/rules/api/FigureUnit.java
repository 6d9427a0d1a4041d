package org.danvan.rules.api;

/** What a legal figure ({@link RuleFigure}) counts, when it is not a time limit in days. */
public enum FigureUnit {
    /** A share in percent, e.g. the households whose agreement a decision needs. */
    PERCENT,
    /** A number of people, items, times. */
    COUNT,
    /** A number of months. */
    MONTHS,
    /** A number of years. */
    YEARS,
    /** An amount in Vietnamese đồng. */
    VND
}
