package org.danvan.identity.internal.command;

import java.util.Map;
import java.util.TreeMap;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.internal.console.ConsolePermission;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;

/**
 * Lists every permission the installed bundles declare right now (core and modules), granted to a role or not, so
 * that an administrator — and the access-matrix test — sees the full set a role could be given.
 */
@Command(scope = "danvan", name = "permission-list",
        description = "Lists every permission declared by the installed bundles")
@Service
public class PermissionListCommand implements Action {

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
        Map<String, String> declared = new TreeMap<>(roles.availablePermissions());
        declared.forEach((id, labelKey) -> System.out.println(id + "  " + ConsoleText.text(labelKey)));
        System.out.println(declared.size() + " permissions declared");
        return null;
    }
}
