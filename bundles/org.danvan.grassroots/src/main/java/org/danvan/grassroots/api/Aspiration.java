package org.danvan.grassroots.api;

import java.time.LocalDate;

/**
 * A staff aspiration raised at an agency's conference, forwarded for an answer.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param conferenceId the conference
 * @param content what the staff member asks
 * @param author who raised it, or {@code null} when raised anonymously (then no author is stored at all)
 * @param recipient whom it was forwarded to
 * @param forwardedOn the day it was forwarded
 * @param dueOn the day the answer is due (set when forwarded: the law fixes no number of days)
 * @param answer the answer, or {@code null}
 * @param answeredOn the day of the answer, or {@code null}
 */
public record Aspiration(long id, long version, long conferenceId, String content, String author,
        AspirationRecipient recipient, LocalDate forwardedOn, LocalDate dueOn, String answer, LocalDate answeredOn) {

    /** Whether it was raised anonymously. */
    public boolean anonymous() {
        return author == null;
    }

    /** Whether the answer is late on a day: answered after the due day, or still unanswered after it. */
    public boolean isLateOn(LocalDate day) {
        return answeredOn == null ? day.isAfter(dueOn) : answeredOn.isAfter(dueOn);
    }
}
