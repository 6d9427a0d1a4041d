package org.danvan.grassroots.api;

/** How a comment reached the authority (Law 10/2022, art. 26). The label is {@code grassroots.channel.<NAME>}. */
public enum CommentChannel {
    /** Said at a meeting and written into its minutes. */
    MEETING,
    /** Sent in writing (letter, ballot, comment box). */
    WRITING,
    /** Left on the commune's public page. */
    PUBLIC_PAGE;

    /** Translation key of the channel. */
    public String labelKey() {
        return "grassroots.channel." + name();
    }
}
