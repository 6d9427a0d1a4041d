package org.danvan.platform.api.security;

import java.util.List;

/**
 * Outcome of a login attempt.
 *
 * @param principal the user on success, otherwise {@code null}
 * @param failureKey translation key of the message to show on failure, otherwise {@code null}
 * @param failureArgs {@link java.text.MessageFormat} arguments of that message (e.g. the minutes a lockout lasts)
 */
public record AuthenticationResult(UserPrincipal principal, String failureKey, List<Object> failureArgs) {

    public AuthenticationResult {
        failureArgs = failureArgs == null ? List.of() : List.copyOf(failureArgs);
    }

    public static AuthenticationResult success(UserPrincipal principal) {
        return new AuthenticationResult(principal, null, List.of());
    }

    public static AuthenticationResult failure(String failureKey, Object... args) {
        return new AuthenticationResult(null, failureKey, List.of(args));
    }

    public boolean succeeded() {
        return principal != null;
    }
}
