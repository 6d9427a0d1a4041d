package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * The commune People's Committee chairman's answer to the record of a village's decision: recognised, with the
 * number and symbol of the commune's decision, or refused (for example because the content is against the law), with
 * the reason.
 *
 * @param recognised whether the decision is recognised; required
 * @param decidedOn the day of the chairman's answer: not before the record was sent, not in the future
 * @param decisionReference number and symbol of the commune's decision, e.g. "15/QĐ-UBND"; required when recognised
 * @param reason why recognition is refused; required when not recognised
 */
public record Recognition(Boolean recognised, LocalDate decidedOn, String decisionReference, String reason) {

    public static final String RECOGNISED_REQUIRED = "grassroots.validation.recognition.recognised.required";
    public static final String DAY_REQUIRED = "grassroots.validation.recognition.day.required";
    public static final String DAY_BEFORE_SENT = "grassroots.validation.recognition.day.beforeSent";
    public static final String DAY_FUTURE = "grassroots.validation.recognition.day.future";
    public static final String REFERENCE_REQUIRED = "grassroots.validation.recognition.reference.required";
    public static final String REFERENCE_LENGTH = "grassroots.validation.recognition.reference.length";
    public static final String REASON_REQUIRED = "grassroots.validation.recognition.reason.required";
    public static final String REASON_LENGTH = "grassroots.validation.recognition.reason.length";
    /** Longest decision reference. */
    public static final int MAX_REFERENCE = 100;
    /** Longest reason. */
    public static final int MAX_REASON = 2000;

    public Recognition {
        decisionReference = blankToNull(decisionReference);
        reason = blankToNull(reason);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether the answer recognises the decision. */
    public boolean isRecognised() {
        return Boolean.TRUE.equals(recognised);
    }

    /** Checks the answer against the day the record was sent and today's date in Vietnam. */
    public List<Violation> validate(LocalDate recordSentOn, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (recognised == null) {
            problems.add(Violation.of("recognised", RECOGNISED_REQUIRED));
        }
        if (decidedOn == null) {
            problems.add(Violation.of("decidedOn", DAY_REQUIRED));
        } else if (recordSentOn != null && decidedOn.isBefore(recordSentOn)) {
            problems.add(Violation.of("decidedOn", DAY_BEFORE_SENT));
        } else if (decidedOn.isAfter(today)) {
            problems.add(Violation.of("decidedOn", DAY_FUTURE));
        }
        if (Boolean.TRUE.equals(recognised) && decisionReference == null) {
            problems.add(Violation.of("decisionReference", REFERENCE_REQUIRED));
        } else if (decisionReference != null && decisionReference.length() > MAX_REFERENCE) {
            problems.add(Violation.of("decisionReference", REFERENCE_LENGTH, MAX_REFERENCE));
        }
        if (Boolean.FALSE.equals(recognised) && reason == null) {
            problems.add(Violation.of("reason", REASON_REQUIRED));
        } else if (reason != null && reason.length() > MAX_REASON) {
            problems.add(Violation.of("reason", REASON_LENGTH, MAX_REASON));
        }
        return List.copyOf(problems);
    }
}
