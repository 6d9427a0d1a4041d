package org.danvan.identity.internal.command;

import java.util.LinkedHashSet;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.api.RoleInfo;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;

/** Creates a role with a set of permissions, as the screen "Vai trò" does (needs identity.roles.manage). */
@Command(scope = "danvan", name = "role-create", description = "Creates a role with the given permissions")
@Service
public class RoleCreateCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "Role id: 3-64 characters a-z, digits, '-'")
    String id;

    @Argument(index = 1, name = "name", required = true, description = "Display name, quoted")
    String name;

    @Argument(index = 2, name = "permissions", multiValued = true, description = "Permission ids")
    List<String> permissions;

    @Reference
    AuthenticationService authentication;

    @Reference
    RoleAdmin roles;

    @Override
    public Object execute() {
        UserPrincipal actor = ConsoleUser.require(authentication);
        RoleInfo created;
        try {
            created = roles.createRole(actor, id, name,
                    new LinkedHashSet<>(permissions == null ? List.of() : permissions));
        } catch (ValidationException | AccessDeniedException e) {
            return ConsoleText.refused(System.out, e);
        }
        System.out.println("Role " + created.id() + " created with " + created.permissions().size()
                + " permission(s)");
        return null;
    }
}
