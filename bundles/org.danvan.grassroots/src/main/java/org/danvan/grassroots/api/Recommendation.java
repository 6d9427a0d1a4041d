package org.danvan.grassroots.api;

import java.time.LocalDate;

/**
 * A board's recommendation to the commune, and the commune's answer.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param boardId the board
 * @param content what the board recommends
 * @param sentOn the day it was sent
 * @param dueOn the day the answer is due (set when sent: the law fixes no number of days)
 * @param answer the commune's answer, or {@code null}
 * @param answeredOn the day of the answer, or {@code null}
 */
public record Recommendation(long id, long version, long boardId, String content, LocalDate sentOn, LocalDate dueOn,
        String answer, LocalDate answeredOn) {

    /** Whether the answer is late on a day: answered after the due day, or still unanswered after it. */
    public boolean isLateOn(LocalDate day) {
        return answeredOn == null ? day.isAfter(dueOn) : answeredOn.isAfter(dueOn);
    }
}
