package org.danvan.platform.api.security;

/**
 * Thrown when a user attempts something {@link AccessControl} does not permit. Its message names the login,
 * permission and unit for the log; show the user the translated {@link #MESSAGE_KEY} instead.
 */
public class AccessDeniedException extends RuntimeException {

    /** Translation key of the message shown to the user. */
    public static final String MESSAGE_KEY = "platform.error.access-denied";

    private static final long serialVersionUID = 1L;

    private final String permission;

    public AccessDeniedException(String login, String permission, long unitId) {
        super("User '" + login + "' may not '" + permission + "' on unit " + unitId);
        this.permission = permission;
    }

    /** The permission that was missing. */
    public String permission() {
        return permission;
    }
}
