package org.danvan.supervision.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * A draft policy (or plan, project, regulation) the Front or an organisation criticises.
 *
 * @param unitId the organisation that criticises; required
 * @param draftTitle the draft's title, at most {@value #TITLE_MAX} characters; required
 * @param draftingBody the body that drafted it, as named, at most {@value #TITLE_MAX}; required
 * @param draftingUnitId the drafting unit when it is a unit of the platform (it may then explain itself); optional
 * @param form how the draft is criticised; required
 * @param receivedOn the day the draft was received; required, not after today
 */
public record CriticismDraft(Long unitId, String draftTitle, String draftingBody, Long draftingUnitId,
        CriticismForm form, LocalDate receivedOn) {

    public static final int TITLE_MAX = 300;

    public static final String DRAFT_REQUIRED = "supervision.validation.criticism.draft";
    public static final String BODY_REQUIRED = "supervision.validation.criticism.body";
    public static final String FORM_REQUIRED = "supervision.validation.criticism.form";
    public static final String RECEIVED_DAY = "supervision.validation.criticism.receivedOn";

    public CriticismDraft {
        draftTitle = draftTitle == null ? null : draftTitle.strip();
        draftingBody = draftingBody == null ? null : draftingBody.strip();
    }

    /** Every rule broken, in field order. */
    public List<Violation> validate(LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", ProgrammeDraft.UNIT_REQUIRED));
        }
        if (draftTitle == null || draftTitle.isEmpty() || draftTitle.length() > TITLE_MAX) {
            problems.add(Violation.of("draftTitle", DRAFT_REQUIRED, TITLE_MAX));
        }
        if (draftingBody == null || draftingBody.isEmpty() || draftingBody.length() > TITLE_MAX) {
            problems.add(Violation.of("draftingBody", BODY_REQUIRED, TITLE_MAX));
        }
        if (form == null) {
            problems.add(Violation.of("form", FORM_REQUIRED));
        }
        if (receivedOn == null || receivedOn.isAfter(today)) {
            problems.add(Violation.of("receivedOn", RECEIVED_DAY));
        }
        return List.copyOf(problems);
    }
}
