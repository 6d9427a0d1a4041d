package org.danvan.emulation.api;

/** Where an award proposal stands. Label key {@code emulation.proposal.state.<NAME>}. */
public enum ProposalState {
    /** Sent to the council of the awarding level; members vote. */
    PROPOSED,
    /** Decided: the award stands with its amount. */
    DECIDED,
    /** Refused, with the reason. */
    REFUSED
}
