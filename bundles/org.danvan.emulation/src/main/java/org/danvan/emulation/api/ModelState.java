package org.danvan.emulation.api;

/** Where a model stands. Label key {@code emulation.model.state.<NAME>}. */
public enum ModelState {
    /** Registered, not yet scored by the council. */
    REGISTERED,
    /** Scored by at least one council member; the result is computed as members score. */
    EVALUATED,
    /** Recognised by a decision. */
    RECOGNISED
}
