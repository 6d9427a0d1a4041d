package org.danvan.rest.api;

/** The REST API module's permissions. */
public final class ApiPermissions {

    /** Create, list and revoke one's own personal access tokens. */
    public static final String TOKEN_MANAGE = "api.token.manage";

    /** List and revoke every user's tokens (administrators, the console). */
    public static final String TOKEN_ADMIN = "api.token.admin";

    private ApiPermissions() {
    }
}
