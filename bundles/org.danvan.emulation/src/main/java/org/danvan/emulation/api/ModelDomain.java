package org.danvan.emulation.api;

/** The four domains of the "Dân vận khéo" movement. Label key {@code emulation.domain.<NAME>}. */
public enum ModelDomain {
    ECONOMY, CULTURE_SOCIETY, DEFENCE_SECURITY, POLITICAL_SYSTEM
}
