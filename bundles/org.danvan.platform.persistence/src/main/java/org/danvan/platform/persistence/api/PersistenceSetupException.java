package org.danvan.platform.persistence.api;

/** A persistence unit could not be migrated or built. */
public class PersistenceSetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersistenceSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
