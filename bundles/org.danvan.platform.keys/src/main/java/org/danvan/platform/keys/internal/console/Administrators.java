package org.danvan.platform.keys.internal.console;

import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;

/** The key, backup and restore commands are for the platform's administrators: holders of {@code platform.console}. */
final class Administrators {

    static final String PERMISSION = "platform.console";

    private Administrators() {
    }

    static UserPrincipal require(AccessControl access, AuthenticationService authentication) {
        UserPrincipal user = ConsoleUser.require(authentication);
        if (!access.isPermittedSomewhere(user, PERMISSION)) {
            throw new AccessDeniedException(user.login(), PERMISSION, -1);
        }
        return user;
    }
}
