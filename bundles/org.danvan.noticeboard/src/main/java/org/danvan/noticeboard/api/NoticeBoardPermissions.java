package org.danvan.noticeboard.api;

/** Ids of the permissions the notice board contributes. */
public final class NoticeBoardPermissions {

    /** Reading the notice board. */
    public static final String VIEW = "noticeboard.view";
    /** Publishing, editing and deleting notices. */
    public static final String PUBLISH = "noticeboard.publish";

    private NoticeBoardPermissions() {
    }
}
