package org.danvan.procedures.api;

/**
 * A procedure of a unit's register.
 *
 * @param abolished cut by an adopted and implemented review: kept in the register for history
 */
public record Procedure(long id, long version, long unitId, ProcedureLevel level, String code, String name,
        String field, String legalBasis, String steps, String documents, int processingDays, long feeVnd,
        boolean abolished) {
}
