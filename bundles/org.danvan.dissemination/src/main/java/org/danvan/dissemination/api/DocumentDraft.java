package org.danvan.dissemination.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A document to disseminate as the user types it.
 *
 * @param unitId the issuing unit (its staff keep the document)
 * @param kind resolution, law, plan or other
 * @param number the document's number, e.g. {@code 45-NQ/TU}
 * @param issuedOn its date
 * @param issuer who issued it
 * @param title its title
 * @param summary what it says, for the presenters (optional)
 * @param targetUnitId the target unit when no unit is picked
 * @param withSubtree whether the target unit's whole current subtree must disseminate it
 * @param pickedUnitIds units picked one by one instead (empty: the target unit, with its subtree or not)
 * @param dueOn the day by which every target unit must have held a session
 */
public record DocumentDraft(Long unitId, DocumentKind kind, String number, LocalDate issuedOn, String issuer,
        String title, String summary, Long targetUnitId, boolean withSubtree, List<Long> pickedUnitIds,
        LocalDate dueOn) {

    public static final int NUMBER_MAX = 60;
    public static final int TEXT_MAX = 500;
    public static final int SUMMARY_MAX = 4000;

    public DocumentDraft {
        pickedUnitIds = pickedUnitIds == null ? List.of() : List.copyOf(pickedUnitIds);
    }

    public static final String UNIT_REQUIRED = "dissemination.validation.unit.required";
    public static final String KIND_REQUIRED = "dissemination.validation.kind.required";
    /** Argument: the maximum length. */
    public static final String NUMBER_REQUIRED = "dissemination.validation.number.required";
    public static final String ISSUED_REQUIRED = "dissemination.validation.issued.required";
    public static final String ISSUED_FUTURE = "dissemination.validation.issued.future";
    /** Argument: the maximum length. */
    public static final String ISSUER_REQUIRED = "dissemination.validation.issuer.required";
    /** Argument: the maximum length. */
    public static final String TITLE_REQUIRED = "dissemination.validation.title.required";
    /** Argument: the maximum length. */
    public static final String SUMMARY_TOO_LONG = "dissemination.validation.summary.tooLong";
    public static final String TARGET_REQUIRED = "dissemination.validation.target.required";
    /** A target outside the issuing unit's subtree. */
    public static final String TARGET_OUTSIDE = "dissemination.validation.target.outside";
    public static final String DUE_REQUIRED = "dissemination.validation.due.required";
    public static final String DUE_BEFORE_ISSUED = "dissemination.validation.due.beforeIssued";
}
