package org.danvan.supervision.api;

/**
 * Where a recommendation stands: not yet answered, partly answered, answered, and closed by the organisation that
 * made it once it has followed it up.
 */
public enum RecommendationState {
    NOT_YET, PARTLY, ANSWERED, CLOSED
}
