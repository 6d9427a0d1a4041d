package org.danvan.noticeboard.api;

import java.util.List;

/** A draft broke one or more rules of {@link NoticeDraft#validate()}. */
public class NoticeValidationException extends NoticeBoardException {

    private static final long serialVersionUID = 1L;

    private final List<String> messageKeys;

    /** @param messageKeys the broken rules' translation keys; not empty */
    public NoticeValidationException(List<String> messageKeys) {
        super(messageKeys.get(0));
        this.messageKeys = List.copyOf(messageKeys);
    }

    /** Translation keys of every broken rule. */
    public List<String> messageKeys() {
        return messageKeys;
    }
}
