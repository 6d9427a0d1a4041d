package org.danvan.noticeboard.api;

/** A refusal the user caused and should be told about, in their language. */
public abstract class NoticeBoardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    protected NoticeBoardException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** Translation key of the message to show. */
    public String messageKey() {
        return messageKey;
    }
}
