package org.danvan.emulation.api;

/** Who receives a title: a person or a collective. Label key {@code emulation.recipient.<NAME>}. */
public enum Recipient {
    INDIVIDUAL, COLLECTIVE
}
