package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.danvan.platform.api.validation.Violation;

/**
 * What a user writes for a new or changed disclosure.
 *
 * @param unitId the commune or village that discloses; required
 * @param group the item of art. 11 ({@link ContentGroup#number()}); required
 * @param title what is disclosed, at most {@value #TITLE_MAX_LENGTH} characters
 * @param decisionRef number and date of the decision disclosed, optional, at most {@value #REF_MAX_LENGTH}
 * @param decidedOn the day the decision was approved: the clock of disclosure starts there; required, not in the future
 * @param summary optional, at most {@value #SUMMARY_MAX_LENGTH} characters
 * @param postings the forms used, at least one, each form once, none starting before the decision
 */
public record DisclosureDraft(Long unitId, Integer group, String title, String decisionRef, LocalDate decidedOn,
        String summary, List<Posting> postings) {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int REF_MAX_LENGTH = 100;
    public static final int SUMMARY_MAX_LENGTH = 4000;

    public static final String UNIT_REQUIRED = "grassroots.validation.unit.required";
    public static final String GROUP_REQUIRED = "grassroots.validation.group.required";
    public static final String GROUP_UNKNOWN = "grassroots.validation.group.unknown";
    public static final String TITLE_REQUIRED = "grassroots.validation.title.required";
    public static final String TITLE_TOO_LONG = "grassroots.validation.title.tooLong";
    public static final String REF_TOO_LONG = "grassroots.validation.decisionRef.tooLong";
    public static final String DECIDED_REQUIRED = "grassroots.validation.decidedOn.required";
    public static final String DECIDED_FUTURE = "grassroots.validation.decidedOn.future";
    public static final String SUMMARY_TOO_LONG = "grassroots.validation.summary.tooLong";
    public static final String POSTINGS_REQUIRED = "grassroots.validation.postings.required";
    public static final String FORM_REQUIRED = "grassroots.validation.posting.form.required";
    public static final String FORM_TWICE = "grassroots.validation.posting.form.twice";
    public static final String START_REQUIRED = "grassroots.validation.posting.start.required";
    public static final String START_BEFORE_DECISION = "grassroots.validation.posting.start.beforeDecision";
    public static final String DAYS_RANGE = "grassroots.validation.posting.days.range";

    /** Texts without surrounding white space; empty optional texts are none; postings copied. */
    public DisclosureDraft {
        title = title == null ? null : title.strip();
        decisionRef = decisionRef == null || decisionRef.isBlank() ? null : decisionRef.strip();
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        postings = postings == null ? List.of() : List.copyOf(postings);
    }

    /**
     * Checks the draft against today's date in Vietnam. A posting's problem names the field {@code postings}.
     *
     * @return every rule broken, in field order; empty when the draft is valid
     */
    public List<Violation> validate(LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", UNIT_REQUIRED));
        }
        if (group == null) {
            problems.add(Violation.of("group", GROUP_REQUIRED));
        }
        if (title == null || title.isEmpty()) {
            problems.add(Violation.of("title", TITLE_REQUIRED));
        } else if (title.length() > TITLE_MAX_LENGTH) {
            problems.add(Violation.of("title", TITLE_TOO_LONG, TITLE_MAX_LENGTH));
        }
        if (decisionRef != null && decisionRef.length() > REF_MAX_LENGTH) {
            problems.add(Violation.of("decisionRef", REF_TOO_LONG, REF_MAX_LENGTH));
        }
        if (decidedOn == null) {
            problems.add(Violation.of("decidedOn", DECIDED_REQUIRED));
        } else if (decidedOn.isAfter(today)) {
            problems.add(Violation.of("decidedOn", DECIDED_FUTURE));
        }
        if (summary != null && summary.length() > SUMMARY_MAX_LENGTH) {
            problems.add(Violation.of("summary", SUMMARY_TOO_LONG, SUMMARY_MAX_LENGTH));
        }
        if (postings.isEmpty()) {
            problems.add(Violation.of("postings", POSTINGS_REQUIRED));
        }
        Set<DisclosureForm> seen = EnumSet.noneOf(DisclosureForm.class);
        // a posting's problem names its line (1, 2, ...) as the screen lists them
        for (int i = 0; i < postings.size(); i++) {
            Posting posting = postings.get(i);
            int line = i + 1;
            if (posting == null || posting.form() == null) {
                problems.add(Violation.of("postings", FORM_REQUIRED, line));
                continue;
            }
            if (!seen.add(posting.form())) {
                problems.add(Violation.of("postings", FORM_TWICE, line));
            }
            if (posting.startOn() == null) {
                problems.add(Violation.of("postings", START_REQUIRED, line));
            } else if (decidedOn != null && posting.startOn().isBefore(decidedOn)) {
                problems.add(Violation.of("postings", START_BEFORE_DECISION, line));
            }
            if (posting.days() != null && (posting.days() < 1 || posting.days() > Posting.MAX_DAYS)) {
                problems.add(Violation.of("postings", DAYS_RANGE, line, Posting.MAX_DAYS));
            }
        }
        return List.copyOf(problems);
    }
}
