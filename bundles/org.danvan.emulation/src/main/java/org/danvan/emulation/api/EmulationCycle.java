package org.danvan.emulation.api;

import java.util.List;
import java.util.Map;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The yearly emulation cycle: registration with targets, year-end evaluation against the criteria set of the unit's
 * kind with the evidence of the installed modules, proposals to the council of the awarding level, votes, decision
 * with its reward, refusal with its reason. Every method decides with access control; every change is audited.
 */
@ProviderType
public interface EmulationCycle {

    /** Refusal: the decision is not the awarding unit's. */
    String NOT_AWARDING_UNIT = "emulation.validation.decision.awardingUnit";
    /** Refusal: the council's votes do not carry the proposal; arguments for, cast, the share needed. */
    String NOT_CARRIED = "emulation.validation.proposal.votes";
    /** Refusal: the proposal is decided or refused already. */
    String CLOSED = "emulation.validation.proposal.closed";
    /** Refusal: a proposal before the registration's evaluation. */
    String NOT_EVALUATED = "emulation.validation.proposal.notEvaluated";
    /** Refusal: only a decided award that is not yet announced can be announced. */
    String NOT_DECIDED = "emulation.validation.announcement.notDecided";
    /** Refusal: the announcement's day is before the decision's. */
    String ANNOUNCED_BEFORE_DECISION = "emulation.validation.announcement.beforeDecision";
    /** Refusal: the unit has no level that could award anything. */
    String NO_LEVEL = "emulation.validation.proposal.noLevel";

    /** The registrations of a year the user may read. */
    List<Registration> registrations(int year, UserPrincipal user);

    /** Registers for emulation (permission {@code emulation.manage} at the unit). */
    Registration registerEmulation(RegistrationDraft draft, UserPrincipal user);

    /**
     * The registration's criteria with the council's points and, next to each, the evidence the installed modules
     * give for the unit and the year — asked as the user, so nothing shows that the user may not see.
     */
    List<CriterionEvidence> evaluation(long registrationId, UserPrincipal user);

    /** The council scores every criterion (permission {@code emulation.council} at the unit or above). */
    Registration evaluate(long registrationId, long expectedVersion, Map<String, Integer> points,
            Map<String, String> notes, UserPrincipal user);

    /**
     * Proposes an award (permission {@code emulation.manage} at the registration's unit); refused with every reason
     * when the title table does not allow it (prerequisites, awarding level, recipient).
     */
    Proposal propose(ProposalDraft draft, UserPrincipal user);

    /** The proposals of a year the user may read (from their units, or to their councils). */
    List<Proposal> proposals(int year, UserPrincipal user);

    /** A council member's vote (permission {@code emulation.council} at the awarding unit); voting again replaces it. */
    Proposal vote(long proposalId, long expectedVersion, boolean approve, String comment, UserPrincipal user);

    /**
     * Decides the award (permission {@code emulation.decide} at the awarding unit) when the council's votes carry
     * it; the reward is coefficient × base salary in force on the decision day.
     */
    Proposal decide(long proposalId, long expectedVersion, Recognition decision, UserPrincipal user);

    /**
     * Records that a decided award was announced (công bố) on a day, and how (permission {@code emulation.decide}
     * at the awarding unit): the day is not before the decision's nor after today.
     */
    Proposal announce(long proposalId, long expectedVersion, java.time.LocalDate announcedOn, String announcement,
            UserPrincipal user);

    /** Refuses a proposal with its reason (permission {@code emulation.decide} at the awarding unit). */
    Proposal refuse(long proposalId, long expectedVersion, String reason, UserPrincipal user);
}
