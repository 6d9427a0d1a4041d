package org.danvan.identity.internal.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.api.UserAdmin;
import org.danvan.identity.api.UserFilter;
import org.danvan.identity.api.UserSummary;
import org.danvan.identity.internal.ManageRolesPermission;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;

/**
 * Answers "may this user exercise these permissions on records of these units", from the one decision service, for
 * an administrator who wants to know why somebody sees something (needs identity.roles.manage at a root unit). Units may be
 * retired ones: their records stay covered where their successors are. One line per permission and unit:
 * {@code permission unitCode PERMITTED|DENIED}.
 */
@Command(scope = "danvan", name = "access-check",
        description = "Shows whether a user may exercise permissions on records of units")
@Service
public class AccessCheckCommand implements Action {

    @Argument(index = 0, name = "login", required = true, description = "The user's login")
    String login;

    @Argument(index = 1, name = "unitCodes", required = true, multiValued = true,
            description = "Codes of the units owning the records (current or retired)")
    List<String> unitCodes;

    @Option(name = "--permission", multiValued = true,
            description = "Permission to check (repeatable; default every declared permission)")
    List<String> permissions;

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
        // what anybody may do anywhere is the role managers' knowledge: the permission held at a root unit
        if (!access.scope(actor, ManageRolesPermission.ID).unrestricted()) {
            throw new AccessDeniedException(actor.login(), ManageRolesPermission.ID, -1);
        }
        UserSummary user = users.find(actor, new UserFilter(login, null, null, null), 0, 50).stream()
                .filter(u -> u.login().equalsIgnoreCase(login.strip())).findFirst().orElse(null);
        if (user == null) {
            System.out.println("No user " + login + " that you may manage");
            return null;
        }
        List<OrgUnitInfo> units = new ArrayList<>();
        for (String code : unitCodes) {
            OrgUnitInfo unit = directory.findByCode(code).orElse(null);
            if (unit == null) {
                System.out.println("No unit with code " + code);
                return null;
            }
            units.add(unit);
        }
        Set<String> checked = permissions == null || permissions.isEmpty()
                ? new TreeSet<>(roles.availablePermissions().keySet())
                : new TreeSet<>(permissions);
        // the decision service trusts only the user id; the permission set of the principal is not consulted
        UserPrincipal subject = new UserPrincipal(user.id(), user.login(), user.fullName(), null, null, Set.of());
        for (String permission : checked) {
            for (OrgUnitInfo unit : units) {
                boolean permitted = access.isPermitted(subject, permission, unit.id());
                System.out.println(permission + " " + unit.code() + " " + (permitted ? "PERMITTED" : "DENIED"));
            }
        }
        return null;
    }
}
