package org.danvan.rules.api;

/** Circumstances that lengthen a statutory time limit. */
public enum Variant {
    /** A complex matter (e.g. Decree 31/2019 for denunciations). */
    COMPLEX,
    /** The case is in a remote area with difficult travel. */
    REMOTE
}
