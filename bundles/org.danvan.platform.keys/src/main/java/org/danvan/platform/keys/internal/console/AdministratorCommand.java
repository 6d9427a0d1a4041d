package org.danvan.platform.keys.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;

/**
 * The key, backup and restore commands are for the platform's administrators: holders of {@code platform.console}
 * (Karaf injects the references of this class into every subclass).
 */
abstract class AdministratorCommand implements Action {

    static final String PERMISSION = "platform.console";

    @Reference
    AccessControl accessControl;

    @Reference
    AuthenticationService authenticationService;

    @Override
    public final Object execute() {
        UserPrincipal user = ConsoleUser.require(authenticationService);
        if (!accessControl.isPermittedSomewhere(user, PERMISSION)) {
            throw new AccessDeniedException(user.login(), PERMISSION, -1);
        }
        run(user);
        return null;
    }

    /** The command's work, for an administrator. */
    abstract void run(UserPrincipal user);
}
