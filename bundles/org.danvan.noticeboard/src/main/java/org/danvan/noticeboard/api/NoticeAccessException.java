package org.danvan.noticeboard.api;

/** The user lacks {@link NoticeBoardPermissions#PUBLISH}. */
public class NoticeAccessException extends NoticeBoardException {

    private static final long serialVersionUID = 1L;

    public static final String FORBIDDEN = "noticeboard.error.forbidden";

    public NoticeAccessException() {
        super(FORBIDDEN);
    }
}
