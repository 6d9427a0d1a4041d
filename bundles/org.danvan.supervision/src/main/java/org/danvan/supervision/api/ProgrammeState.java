package org.danvan.supervision.api;

/** The steps of a supervision round, in order: planned, plan sent to the supervised, round held, report issued. */
public enum ProgrammeState {
    PLANNED, PLAN_SENT, HELD, REPORTED
}
