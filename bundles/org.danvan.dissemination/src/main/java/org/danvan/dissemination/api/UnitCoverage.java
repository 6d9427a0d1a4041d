package org.danvan.dissemination.api;

import java.time.LocalDate;

/**
 * How far a target unit disseminated a document. Several sessions add up: the people reached are the sum of those
 * present, capped at the members targeted (the largest number of members a session recorded), so that a unit never
 * exceeds 100 %.
 *
 * @param documentId the document
 * @param unitId the target unit
 * @param sessions the sessions held
 * @param reached the people reached (sum of present, capped at members)
 * @param members the members targeted (0 before any session)
 * @param firstHeldOn the day of the first session, null before any
 * @param dueOn the document's due date
 * @param overdue no session and the due date has passed
 */
public record UnitCoverage(long documentId, long unitId, int sessions, int reached, int members,
        LocalDate firstHeldOn, LocalDate dueOn, boolean overdue) {

    /** Reached / members, 0 before any session. */
    public double coverage() {
        return members == 0 ? 0 : (double) reached / members;
    }

    /** At least one session held. */
    public boolean done() {
        return sessions > 0;
    }

    /** The first session was held by the due date. */
    public boolean onTime() {
        return firstHeldOn != null && !firstHeldOn.isAfter(dueOn);
    }
}
