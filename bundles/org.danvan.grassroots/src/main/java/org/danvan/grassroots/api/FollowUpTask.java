package org.danvan.grassroots.api;

import java.time.LocalDate;

/**
 * A follow-up task a Steering Committee set after a meeting or a round.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param activityId the meeting or round
 * @param task what is to be done
 * @param assignee who is to do it (a unit or a person, as written)
 * @param dueOn its due day
 * @param doneOn the day it was done, or {@code null}
 * @param result what was done, or {@code null}
 */
public record FollowUpTask(long id, long version, long activityId, String task, String assignee, LocalDate dueOn,
        LocalDate doneOn, String result) {

    /** Whether it is late on a day: done after its due day, or still open after it. */
    public boolean isLateOn(LocalDate day) {
        return doneOn == null ? day.isAfter(dueOn) : doneOn.isAfter(dueOn);
    }
}
