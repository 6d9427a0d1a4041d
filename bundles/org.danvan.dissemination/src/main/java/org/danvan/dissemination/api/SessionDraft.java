package org.danvan.dissemination.api;

import java.time.LocalDate;

/**
 * A session a target unit held for a document.
 *
 * @param documentId the document disseminated
 * @param unitId the unit that held it (one of the document's targets)
 * @param heldOn the day, not in the future
 * @param form conference, meeting, loudspeaker or radio, online, leaflet
 * @param presenter who presented it
 * @param present the number of people present (reached)
 * @param members the number of members the unit targeted
 */
public record SessionDraft(Long documentId, Long unitId, LocalDate heldOn, SessionForm form, String presenter,
        Integer present, Integer members) {

    public static final int PRESENTER_MAX = 200;
    public static final int COUNT_MAX = 1_000_000;

    public static final String DOCUMENT_REQUIRED = "dissemination.validation.document.required";
    public static final String UNIT_REQUIRED = "dissemination.validation.sessionUnit.required";
    public static final String UNIT_NOT_TARGET = "dissemination.validation.sessionUnit.notTarget";
    public static final String HELD_REQUIRED = "dissemination.validation.held.required";
    public static final String HELD_FUTURE = "dissemination.validation.held.future";
    public static final String HELD_BEFORE_ISSUED = "dissemination.validation.held.beforeIssued";
    public static final String FORM_REQUIRED = "dissemination.validation.form.required";
    /** Argument: the maximum length. */
    public static final String PRESENTER_REQUIRED = "dissemination.validation.presenter.required";
    /** Argument: the maximum. */
    public static final String MEMBERS_RANGE = "dissemination.validation.members.range";
    /** Argument: the number of members. */
    public static final String PRESENT_RANGE = "dissemination.validation.present.range";
}
