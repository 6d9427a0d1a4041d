package org.danvan.identity.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.api.RoleInfo;
import org.danvan.identity.internal.console.ConsolePermission;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;

/** Lists the roles and their permissions. */
@Command(scope = "danvan", name = "role-list", description = "Lists the roles and their permissions")
@Service
public class RoleListCommand implements Action {

    @Reference
    AuthenticationService authentication;

    @Reference
    AccessControl access;

    @Reference
    RoleAdmin roles;

    @Override
    public Object execute() {
        UserPrincipal actor = ConsoleUser.require(authentication);
        if (!access.isPermittedSomewhere(actor, ConsolePermission.ID)) {
            throw new AccessDeniedException(actor.login(), ConsolePermission.ID, -1);
        }
        for (RoleInfo role : roles.roles()) {
            String label = role.builtIn() ? ConsoleText.text("identity.role." + role.id()) : role.name();
            System.out.println(role.id() + "  " + label + (role.builtIn() ? "  (built-in)" : ""));
            role.permissions().stream().sorted().forEach(p -> System.out.println("    " + p));
        }
        return null;
    }
}
