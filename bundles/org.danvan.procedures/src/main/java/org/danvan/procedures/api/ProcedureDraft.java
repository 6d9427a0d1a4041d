package org.danvan.procedures.api;

/**
 * A procedure as the user types it into a unit's register.
 *
 * @param unitId the unit that owns the register
 * @param level commune or province
 * @param code the procedure's code in the national database, e.g. {@code 1.001234}
 * @param name its name
 * @param field its field (civil status, land, ...)
 * @param legalBasis the texts it is based on
 * @param steps how it is carried out, one step a line
 * @param documents the documents the applicant files, one a line
 * @param processingDays the time to settle it, in working days
 * @param feeVnd the fee or charge in VND, 0 when free
 */
public record ProcedureDraft(Long unitId, ProcedureLevel level, String code, String name, String field,
        String legalBasis, String steps, String documents, Integer processingDays, Long feeVnd) {

    public static final int CODE_MAX = 40;
    public static final int TEXT_MAX = 500;
    public static final int LONG_TEXT_MAX = 4000;
    public static final int DAYS_MAX = 365;
    public static final long FEE_MAX = 1_000_000_000L;

    public static final String UNIT_REQUIRED = "procedures.validation.unit.required";
    public static final String LEVEL_REQUIRED = "procedures.validation.level.required";
    /** Argument: the maximum length. */
    public static final String CODE_REQUIRED = "procedures.validation.code.required";
    public static final String CODE_TAKEN = "procedures.validation.code.taken";
    public static final String NAME_REQUIRED = "procedures.validation.name.required";
    public static final String FIELD_REQUIRED = "procedures.validation.field.required";
    public static final String LEGAL_BASIS_REQUIRED = "procedures.validation.legalBasis.required";
    public static final String STEPS_REQUIRED = "procedures.validation.steps.required";
    public static final String DOCUMENTS_TOO_LONG = "procedures.validation.documents.tooLong";
    /** Argument: the maximum. */
    public static final String DAYS_RANGE = "procedures.validation.days.range";
    /** Argument: the maximum. */
    public static final String FEE_RANGE = "procedures.validation.fee.range";
}
