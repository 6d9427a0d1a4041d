package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * A Steering Committee's plan, meeting or round to record.
 *
 * @param kind required
 * @param heldOn the day adopted, met, or the round's last day; required, not after today (checked by the service);
 *        its year is the activity's year
 * @param subject title, at most {@value #SUBJECT_MAX_LENGTH} characters
 * @param content the plan, conclusions or findings, at most {@value #CONTENT_MAX_LENGTH} characters
 * @param targetUnitId for a round, the unit inspected (within the committee's unit); required for a round
 */
public record SteeringActivityDraft(SteeringActivityKind kind, LocalDate heldOn, String subject, String content,
        Long targetUnitId) {

    public static final int SUBJECT_MAX_LENGTH = 300;
    public static final int CONTENT_MAX_LENGTH = 4000;
    public static final String KIND = "grassroots.validation.activity.kind";
    public static final String HELD_ON = "grassroots.validation.activity.heldOn";
    /** Argument: the longest text. */
    public static final String SUBJECT = "grassroots.validation.activity.subject";
    /** Argument: the longest text. */
    public static final String CONTENT = "grassroots.validation.activity.content";
    public static final String TARGET = "grassroots.validation.activity.target";

    public SteeringActivityDraft {
        subject = subject == null ? "" : subject.strip();
        content = content == null ? "" : content.strip();
        targetUnitId = kind == SteeringActivityKind.ROUND ? targetUnitId : null;
    }

    /** Every rule broken that needs neither the database nor today, in field order. */
    public List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(Violation.of("kind", KIND));
        }
        if (heldOn == null) {
            problems.add(Violation.of("heldOn", HELD_ON));
        }
        if (subject.isEmpty() || subject.length() > SUBJECT_MAX_LENGTH) {
            problems.add(Violation.of("subject", SUBJECT, SUBJECT_MAX_LENGTH));
        }
        if (content.isEmpty() || content.length() > CONTENT_MAX_LENGTH) {
            problems.add(Violation.of("content", CONTENT, CONTENT_MAX_LENGTH));
        }
        if (kind == SteeringActivityKind.ROUND && targetUnitId == null) {
            problems.add(Violation.of("targetUnitId", TARGET));
        }
        return List.copyOf(problems);
    }
}
