package org.danvan.identity.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
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

/** Lists the users the console user may manage, optionally those matching a text. */
@Command(scope = "danvan", name = "user-list", description = "Lists users (login, name or email containing a text)")
@Service
public class UserListCommand implements Action {

    static final int LIMIT = 200;

    @Argument(index = 0, name = "text", description = "Part of login, full name (diacritics ignored) or email")
    String text;

    @Reference
    AuthenticationService authentication;

    @Reference
    AccessControl access;

    @Reference
    OrgUnitDirectory directory;

    @Reference
    UserAdmin users;

    @Override
    public Object execute() {
        UserPrincipal actor = ConsoleUser.require(authentication);
        if (!access.isPermittedSomewhere(actor, ManageUsersPermission.ID)) {
            throw new AccessDeniedException(actor.login(), ManageUsersPermission.ID, -1);
        }
        UserFilter filter = new UserFilter(text, null, null, null);
        List<UserSummary> found = users.find(actor, filter, 0, LIMIT);
        for (UserSummary user : found) {
            String units = String.join(",", user.unitIds().stream()
                    .map(id -> directory.find(id).map(OrgUnitInfo::code).orElse("?")).toList());
            String state = !user.active() ? "inactive" : user.locked() ? "locked" : "active";
            System.out.printf("  %-20s %-32s %-24s %s%n", user.login(), user.fullName(), units, state);
        }
        long total = users.count(actor, filter);
        System.out.println(total > found.size() ? found.size() + " of " + total + " user(s)" : total + " user(s)");
        return null;
    }
}
