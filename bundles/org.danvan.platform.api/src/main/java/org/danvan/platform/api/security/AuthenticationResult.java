package org.danvan.platform.api.security;

/**
 * Outcome of a login attempt.
 *
 * @param principal the user on success, otherwise {@code null}
 * @param failureKey translation key of the message to show on failure, otherwise {@code null}
 */
public record AuthenticationResult(UserPrincipal principal, String failureKey) {

    public static AuthenticationResult success(UserPrincipal principal) {
        return new AuthenticationResult(principal, null);
    }

    public static AuthenticationResult failure(String failureKey) {
        return new AuthenticationResult(null, failureKey);
    }

    public boolean succeeded() {
        return principal != null;
    }
}
