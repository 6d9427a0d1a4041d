package org.danvan.platform.api.mail;

/** The message was not handed to the mail server; {@link #permanent()} says whether trying again can help. */
public class MailException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    /**
     * @param message what went wrong, without the recipient's address (it is written to logs)
     * @param permanent {@code true} when the same message will never go out (a malformed address), {@code false}
     *            when a later attempt may succeed (server down, timeout)
     * @param cause the mail library's exception, or {@code null}
     */
    public MailException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** Whether trying again cannot help. */
    public boolean permanent() {
        return permanent;
    }
}
