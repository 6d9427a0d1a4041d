package org.danvan.procedures.api;

/**
 * A unit's review of a year in figures.
 *
 * @param procedures procedures in force in the register, plus those abolished this year
 * @param rounds review rounds of the year
 * @param assessed procedures assessed this year
 * @param proposedCut proposals to cut
 * @param proposedSimplify proposals to simplify
 * @param proposedDecentralise proposals to decentralise
 * @param adopted proposals adopted (cut, simplify, decentralise)
 * @param implemented adopted proposals carried out
 * @param followUpOverdue adopted proposals whose follow-up is late
 * @param petitions cases linked to the reviewed procedures
 * @param daysSaved working days saved per dossier over the adopted proposals
 * @param yearlyCostSavedVnd fees saved a year over the adopted proposals with a yearly number of dossiers
 */
public record UnitFigures(long unitId, int procedures, int rounds, int assessed, int proposedCut,
        int proposedSimplify, int proposedDecentralise, int adopted, int implemented, int followUpOverdue,
        int petitions, long daysSaved, long yearlyCostSavedVnd) {

    /** Share of the register assessed, 0..1. */
    public double progress() {
        return procedures == 0 ? 0 : Math.min(1, (double) assessed / procedures);
    }
}
