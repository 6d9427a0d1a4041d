package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * A round of inspection or supervision to record.
 *
 * @param subject what was inspected or supervised, at most {@value #SUBJECT_MAX_LENGTH} characters
 * @param startedOn first day; required, not after today (checked by the service)
 * @param endedOn last day; required, not before {@code startedOn}
 * @param findings what the board found, at most {@value #FINDINGS_MAX_LENGTH} characters
 */
public record SupervisionRoundDraft(String subject, LocalDate startedOn, LocalDate endedOn, String findings) {

    public static final int SUBJECT_MAX_LENGTH = 300;
    public static final int FINDINGS_MAX_LENGTH = 4000;
    /** Argument: the longest text. */
    public static final String SUBJECT = "grassroots.validation.round.subject";
    public static final String DAYS = "grassroots.validation.round.days";
    /** Argument: the longest text. */
    public static final String FINDINGS = "grassroots.validation.round.findings";

    public SupervisionRoundDraft {
        subject = subject == null ? "" : subject.strip();
        findings = findings == null ? "" : findings.strip();
    }

    /** Every rule broken, in field order. */
    public List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        if (subject.isEmpty() || subject.length() > SUBJECT_MAX_LENGTH) {
            problems.add(Violation.of("subject", SUBJECT, SUBJECT_MAX_LENGTH));
        }
        if (startedOn == null || endedOn == null || endedOn.isBefore(startedOn)) {
            problems.add(Violation.of("endedOn", DAYS));
        }
        if (findings.isEmpty() || findings.length() > FINDINGS_MAX_LENGTH) {
            problems.add(Violation.of("findings", FINDINGS, FINDINGS_MAX_LENGTH));
        }
        return List.copyOf(problems);
    }
}
