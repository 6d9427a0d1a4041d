package org.danvan.cases.api;

/**
 * The case changed since the caller read it (another user acted on it) or no longer exists. Nothing was stored;
 * show the translated {@link #messageKey()} and reload.
 */
public class CaseConflictException extends RuntimeException {

    /** Another user changed the case. */
    public static final String CHANGED = "case.error.changed";
    /** The case does not exist. */
    public static final String GONE = "case.error.not-found";

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public CaseConflictException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    /** Translation key of the message. */
    public String messageKey() {
        return messageKey;
    }
}
