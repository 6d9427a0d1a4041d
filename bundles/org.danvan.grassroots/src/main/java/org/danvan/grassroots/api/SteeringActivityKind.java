package org.danvan.grassroots.api;

/** What a Steering Committee did. */
public enum SteeringActivityKind {
    /** Its plan for a year (one per committee and year). */
    PLAN,
    /** A meeting, with its conclusions. */
    MEETING,
    /** A round of inspection or supervision of mass-mobilisation work in a unit, with its findings. */
    ROUND
}
