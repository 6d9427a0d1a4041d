package org.danvan.emulation.api;

import java.time.LocalDate;

/**
 * The decision that recognises a model, or that decides an award.
 *
 * @param decidingUnitId the unit whose authority decides (its level is the decision's level)
 * @param number the decision's number, e.g. "125/QĐ-UBND"
 * @param decidedOn its date
 * @param signer who signed it (name and position)
 */
public record Recognition(long decidingUnitId, String number, LocalDate decidedOn, String signer) {

    public static final int NUMBER_MAX = 100;
}
