package org.danvan.noticeboard.ui.internal;

import org.danvan.noticeboard.api.NoticeDraft;

/** The editor's fields, and which of them a validation key from the service is about. */
enum NoticeField {
    TITLE, BODY, PUBLISH_FROM, EXPIRES_ON;

    /** The field a {@link NoticeDraft} validation key concerns, or {@code null} for a key about none. */
    static NoticeField of(String validationKey) {
        if (validationKey == null) {
            return null;
        }
        return switch (validationKey) {
            case NoticeDraft.TITLE_REQUIRED, NoticeDraft.TITLE_TOO_LONG -> TITLE;
            case NoticeDraft.BODY_REQUIRED, NoticeDraft.BODY_TOO_LONG -> BODY;
            case NoticeDraft.PUBLISH_FROM_REQUIRED -> PUBLISH_FROM;
            case NoticeDraft.EXPIRES_BEFORE_PUBLISH -> EXPIRES_ON;
            default -> null;
        };
    }
}
