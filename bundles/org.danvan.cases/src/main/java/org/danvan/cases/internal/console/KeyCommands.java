package org.danvan.cases.internal.console;

import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;

/** The key commands are for the platform's administrators: holders of {@code platform.console}. */
final class KeyCommands {

    static final String PERMISSION = "platform.console";

    private KeyCommands() {
    }

    static void requireAdministrator(AccessControl access, UserPrincipal user) {
        if (!access.isPermittedSomewhere(user, PERMISSION)) {
            throw new AccessDeniedException(user.login(), PERMISSION, -1);
        }
    }
}
