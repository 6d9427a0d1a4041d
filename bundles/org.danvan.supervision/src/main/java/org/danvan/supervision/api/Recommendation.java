package org.danvan.supervision.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A recommendation of a supervision programme to a government unit, with its answer and follow-up.
 *
 * @param unitId the organisation that made it (the programme's unit)
 * @param addresseeUnitId the unit that owes the answer
 * @param answerDueOn the day the answer is expected by (the rule's clock from the day it was issued)
 * @param followUps the organisation's follow-up notes, oldest first
 */
public record Recommendation(long id, long version, long programmeId, String programmeTitle, long unitId,
        long addresseeUnitId, String addresseeName, String content, LocalDate issuedOn, LocalDate answerDueOn,
        RecommendationState state, String answer, LocalDate answeredOn, List<FollowUp> followUps,
        LocalDate closedOn) {

    public Recommendation {
        followUps = List.copyOf(followUps);
    }

    /** Not answered at all and past the day expected. */
    public boolean overdue(LocalDate today) {
        return state == RecommendationState.NOT_YET && today.isAfter(answerDueOn);
    }

    /** Answered (fully or partly) by the day expected. */
    public boolean answeredOnTime() {
        return answeredOn != null && !answeredOn.isAfter(answerDueOn);
    }

    /** A follow-up note of the organisation. */
    public record FollowUp(LocalDate on, String note, String by) {
    }
}
