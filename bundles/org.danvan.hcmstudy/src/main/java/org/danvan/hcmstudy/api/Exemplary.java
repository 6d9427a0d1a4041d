package org.danvan.hcmstudy.api;

import java.time.LocalDate;

/**
 * An exemplary person or collective: proposed with their story, recognised by a decision, listed for replication.
 *
 * @param collective a collective rather than a person
 * @param decisionRef the number of the recognising decision, {@code null} while proposed
 */
public record Exemplary(long id, long version, long unitId, boolean collective, String name, String story,
        LocalDate proposedOn, String decisionRef, LocalDate decidedOn) {

    public boolean recognised() {
        return decidedOn != null;
    }
}
