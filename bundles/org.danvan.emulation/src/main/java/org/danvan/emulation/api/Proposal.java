package org.danvan.emulation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * An award proposal, its votes and its decision.
 *
 * @param id its id
 * @param version for optimistic locking
 * @param registrationId the registration it comes from
 * @param unitId the registering unit
 * @param unitName its name
 * @param year the emulation year
 * @param recipient a person or the collective
 * @param candidateName who would receive it
 * @param titleCode the title proposed
 * @param awardingUnitId the awarding unit
 * @param awardingUnitName its name
 * @param level its level
 * @param achievements what the dossier shows
 * @param dossier the dossier's summary
 * @param state where it stands
 * @param votesFor council members for
 * @param votesAgainst council members against
 * @param decisionNumber the decision's number, when decided
 * @param decidedOn its date
 * @param signer its signer (the authority)
 * @param coefficient the title's coefficient on the decision day
 * @param baseSalary the base salary on the decision day
 * @param amount the reward
 * @param refusal the reason of a refusal
 * @param announcedOn the day the award was announced, {@code null} before
 * @param announcement how and where it was announced
 */
public record Proposal(long id, long version, long registrationId, long unitId, String unitName, int year,
        Recipient recipient, String candidateName, String titleCode, long awardingUnitId, String awardingUnitName,
        AwardLevel level, Set<Achievement> achievements, String dossier, ProposalState state, int votesFor,
        int votesAgainst, String decisionNumber, LocalDate decidedOn, String signer, BigDecimal coefficient,
        BigDecimal baseSalary, BigDecimal amount, String refusal, LocalDate announcedOn,
        String announcement) {

    public Proposal {
        achievements = Set.copyOf(achievements);
    }
}
