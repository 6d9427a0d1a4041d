package org.danvan.reception.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A recorded dialogue with citizens and its commitments.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param unitId the unit that held it
 * @param heldOn the day
 * @param topic its subject
 * @param participants who took part
 * @param issuesRaised the issues citizens raised
 * @param followUp follow-up, or {@code null}
 * @param commitments the commitments, by due date
 */
public record Dialogue(long id, long version, long unitId, LocalDate heldOn, String topic, String participants,
        String issuesRaised, String followUp, List<Commitment> commitments) {

    public Dialogue {
        commitments = List.copyOf(commitments);
    }
}
