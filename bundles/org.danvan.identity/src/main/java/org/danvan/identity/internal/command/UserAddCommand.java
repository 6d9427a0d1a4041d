package org.danvan.identity.internal.command;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.api.RoleInfo;
import org.danvan.identity.api.UserAdmin;
import org.danvan.identity.api.UserDraft;
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

/**
 * Creates a user at a unit, optionally with roles held there. The password is prompted for (not echoed) unless given
 * with --password; it is never printed. The user must change it at the first login.
 */
@Command(scope = "danvan", name = "user-add", description = "Creates a user at a unit, with optional roles")
@Service
public class UserAddCommand implements Action {

    @Argument(index = 0, name = "login", required = true, description = "Login name (a-z, digits, . _ -)")
    String login;

    @Argument(index = 1, name = "fullName", required = true, description = "Full name, quoted")
    String fullName;

    @Argument(index = 2, name = "unitCode", required = true, description = "Code of the user's unit")
    String unitCode;

    @Option(name = "--role", multiValued = true, description = "Role to hold at the unit (repeatable)")
    List<String> roles;

    @Option(name = "--password", description = "Initial password (prompted for when absent)")
    String password;

    @Reference
    AuthenticationService authentication;

    @Reference
    AccessControl access;

    @Reference
    OrgUnitDirectory directory;

    @Reference
    UserAdmin users;

    @Reference
    RoleAdmin roleAdmin;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        UserPrincipal actor = ConsoleUser.require(authentication);
        OrgUnitInfo unit = directory.findByCode(unitCode).filter(OrgUnitInfo::isCurrent).orElse(null);
        if (unit == null) {
            System.out.println("No current unit with code " + unitCode);
            return null;
        }
        if (!access.isPermitted(actor, ManageUsersPermission.ID, unit.id())) {
            throw new AccessDeniedException(actor.login(), ManageUsersPermission.ID, unit.id());
        }
        List<String> wanted = roles == null ? List.of() : roles;
        Set<String> known = roleAdmin.roles().stream().map(RoleInfo::id).collect(Collectors.toSet());
        for (String role : wanted) {
            if (!known.contains(role)) {
                System.out.println(ConsoleText.text("identity.role.unknown", role));
                return null;
            }
        }
        char[] secret = password != null ? password.toCharArray() : prompt();
        if (secret == null) {
            return null;
        }
        UserSummary created;
        try {
            created = users.create(actor, new UserDraft(login, fullName, null, null, List.of(unit.id())), secret);
        } catch (ValidationException | AccessDeniedException e) {
            return ConsoleText.refused(System.out, e);
        } finally {
            Arrays.fill(secret, '\0');
        }
        System.out.println("User " + created.login() + " created (id " + created.id() + ") at " + unit.code()
                + "; the password must be changed at the first login.");
        for (String role : wanted) {
            try {
                roleAdmin.assign(actor, created.id(), role, unit.id());
                System.out.println("  role " + role + " held at " + unit.code());
            } catch (ValidationException | AccessDeniedException e) {
                System.out.println("  role " + role + " NOT assigned:");
                ConsoleText.refused(System.out, e);
            }
        }
        return null;
    }

    private char[] prompt() throws java.io.IOException {
        String first = session.readLine("Password: ", '*');
        String second = session.readLine("Repeat the password: ", '*');
        if (first == null || !first.equals(second)) {
            System.out.println("The passwords differ; nothing created.");
            return null;
        }
        return first.toCharArray();
    }
}
