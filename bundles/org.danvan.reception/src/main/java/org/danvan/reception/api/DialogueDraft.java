package org.danvan.reception.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A dialogue between the authority and citizens, as recorded.
 *
 * @param unitId the unit that held it
 * @param heldOn the day (not in the future)
 * @param topic its subject [1..255]
 * @param participants who took part [1..4,000]
 * @param issuesRaised the issues citizens raised [1..10,000]
 * @param followUp follow-up [..4,000], or {@code null}
 * @param commitments the commitments made (at most 100); on update, the list replaces commitments not yet done
 */
public record DialogueDraft(long unitId, LocalDate heldOn, String topic, String participants, String issuesRaised,
        String followUp, List<CommitmentDraft> commitments) {

    public DialogueDraft {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }
}
