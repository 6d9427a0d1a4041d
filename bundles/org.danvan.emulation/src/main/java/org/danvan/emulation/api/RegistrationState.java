package org.danvan.emulation.api;

/** Where an emulation registration stands. Label key {@code emulation.registration.state.<NAME>}. */
public enum RegistrationState {
    REGISTERED, EVALUATED
}
