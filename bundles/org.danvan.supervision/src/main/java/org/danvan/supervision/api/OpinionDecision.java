package org.danvan.supervision.api;

/** What the drafting body did with an opinion of the criticism. */
public enum OpinionDecision {
    TAKEN, PARTLY_TAKEN, NOT_TAKEN
}
