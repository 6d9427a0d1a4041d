package org.danvan.noticeboard.api;

/**
 * The notice changed or disappeared since the caller read it: someone else saved or deleted it in the meantime.
 * The user should reload and try again.
 */
public class NoticeConflictException extends NoticeBoardException {

    private static final long serialVersionUID = 1L;

    /** Another user changed the notice since it was read. */
    public static final String CHANGED = "noticeboard.error.changed";
    /** The notice no longer exists. */
    public static final String GONE = "noticeboard.error.gone";

    public NoticeConflictException(String messageKey) {
        super(messageKey);
    }
}
