package org.danvan.emulation.api;

/** Who registers a "Dân vận khéo" model. Label key {@code emulation.owner.<NAME>}. */
public enum ModelOwner {
    COLLECTIVE, AGENCY, INDIVIDUAL, POSITION
}
