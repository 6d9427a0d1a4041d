package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * What a user writes for a matter put to the people for comment before the authority decides (Law 10/2022, arts.
 * 25–28). The comment period must last at least the rule's number of days; the service checks that.
 *
 * @param unitId the commune (or village) that consults; required
 * @param title the matter, at most {@value #TITLE_MAX_LENGTH} characters
 * @param draft the draft or its summary, at most {@value #DRAFT_MAX_LENGTH} characters; required
 * @param opensOn first day comments are taken; required
 * @param closesOn last day comments are taken; required, not before {@code opensOn}
 */
public record ConsultationDraft(Long unitId, String title, String draft, LocalDate opensOn, LocalDate closesOn) {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int DRAFT_MAX_LENGTH = 4000;

    public static final String UNIT_REQUIRED = "grassroots.validation.consultation.unit.required";
    public static final String TITLE_REQUIRED = "grassroots.validation.consultation.title.required";
    public static final String TITLE_TOO_LONG = "grassroots.validation.consultation.title.tooLong";
    public static final String DRAFT_REQUIRED = "grassroots.validation.consultation.draft.required";
    public static final String DRAFT_TOO_LONG = "grassroots.validation.consultation.draft.tooLong";
    public static final String OPENS_REQUIRED = "grassroots.validation.consultation.opensOn.required";
    public static final String CLOSES_REQUIRED = "grassroots.validation.consultation.closesOn.required";
    /** Arguments: the minimum number of days, the citation. */
    public static final String PERIOD_TOO_SHORT = "grassroots.validation.consultation.period.tooShort";

    public ConsultationDraft {
        title = title == null ? null : title.strip();
        draft = draft == null ? null : draft.strip();
    }

    /** Every rule broken that needs no rule table, in field order. */
    public List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", UNIT_REQUIRED));
        }
        if (title == null || title.isEmpty()) {
            problems.add(Violation.of("title", TITLE_REQUIRED));
        } else if (title.length() > TITLE_MAX_LENGTH) {
            problems.add(Violation.of("title", TITLE_TOO_LONG, TITLE_MAX_LENGTH));
        }
        if (draft == null || draft.isEmpty()) {
            problems.add(Violation.of("draft", DRAFT_REQUIRED));
        } else if (draft.length() > DRAFT_MAX_LENGTH) {
            problems.add(Violation.of("draft", DRAFT_TOO_LONG, DRAFT_MAX_LENGTH));
        }
        if (opensOn == null) {
            problems.add(Violation.of("opensOn", OPENS_REQUIRED));
        }
        if (closesOn == null) {
            problems.add(Violation.of("closesOn", CLOSES_REQUIRED));
        }
        return List.copyOf(problems);
    }
}
