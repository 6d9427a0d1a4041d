package org.danvan.identity.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.api.UserAdmin;
import org.danvan.identity.api.UserFilter;
import org.danvan.identity.api.UserSummary;
import org.danvan.identity.internal.ManageUsersPermission;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;

/** Grants a role to a user at a unit (covering its subtree). */
@Command(scope = "danvan", name = "role-assign", description = "Grants a role to a user at a unit")
@Service
public class RoleAssignCommand implements Action {

    @Argument(index = 0, name = "login", required = true, description = "The user's login")
    String login;

    @Argument(index = 1, name = "role", required = true, description = "Role id, e.g. case-handler")
    String role;

    @Argument(index = 2, name = "unitCode", required = true, description = "Code of the unit")
    String unitCode;

    @Reference
    AuthenticationService authentication;

    @Reference
    AccessControl access;

    @Reference
    OrgUnitDirectory directory;

    @Reference
    UserAdmin users;

    @Reference
    RoleAdmin roles;

    @Override
    public Object execute() {
        UserPrincipal actor = ConsoleUser.require(authentication);
        OrgUnitInfo unit = directory.findByCode(unitCode).filter(OrgUnitInfo::isCurrent).orElse(null);
        if (unit == null) {
            System.out.println("No current unit with code " + unitCode);
            return null;
        }
        if (!access.isPermitted(actor, ManageUsersPermission.ID, unit.id())) {
            throw new AccessDeniedException(actor.login(), ManageUsersPermission.ID, unit.id());
        }
        UserSummary user = users.find(actor, new UserFilter(login, null, null, null), 0, 50).stream()
                .filter(u -> u.login().equalsIgnoreCase(login.strip())).findFirst().orElse(null);
        if (user == null) {
            System.out.println("No user " + login + " that you may manage");
            return null;
        }
        try {
            roles.assign(actor, user.id(), role, unit.id());
        } catch (ValidationException | AccessDeniedException e) {
            return ConsoleText.refused(System.out, e);
        }
        System.out.println(user.login() + " now holds " + role + " at " + unit.code() + " (" + unit.name() + ")");
        return null;
    }
}
