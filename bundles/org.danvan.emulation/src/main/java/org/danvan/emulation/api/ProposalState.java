package org.danvan.emulation.api;

/** Where an award proposal stands. Label key {@code emulation.proposal.state.<NAME>}. */
public enum ProposalState {
    /** Sent to the council of the awarding level; members vote. */
    PROPOSED,
    /** Decided: the award stands with its amount. */
    DECIDED,
    /** Refused, with the reason. */
    REFUSED,
    /** Decided, then announced (công bố) to the unit and the people on a recorded day. */
    ANNOUNCED;

    /** Whether the award stands: decided, announced or not yet. */
    public boolean awarded() {
        return this == DECIDED || this == ANNOUNCED;
    }
}
