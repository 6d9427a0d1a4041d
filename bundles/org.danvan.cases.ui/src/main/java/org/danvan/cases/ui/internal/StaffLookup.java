package org.danvan.cases.ui.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.UserPrincipal;

/**
 * Finds a staff member by login, to filter a worklist by handler or to assign one. The platform API offers no user
 * directory yet; {@link AuthenticationService#principalOf} resolves an active account's login to its id and name
 * without any password being involved, which is all these screens need.
 */
public final class StaffLookup {

    /** Logins are short words; anything else is refused before it reaches the identity core. */
    static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private StaffLookup() {
    }

    /** Whether the text can be a login at all. */
    public static boolean isLoginShaped(String typed) {
        return typed != null && LOGIN.matcher(typed.strip()).matches();
    }

    /** The active account with that login; empty for a malformed or unknown login. */
    public static Optional<UserPrincipal> byLogin(AuthenticationService authentication, String typed) {
        if (authentication == null || !isLoginShaped(typed)) {
            return Optional.empty();
        }
        return authentication.principalOf(typed.strip());
    }
}
