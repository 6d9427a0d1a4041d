package org.danvan.identity.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.identity.internal.console.ConsolePermission;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;

/** Lists the root units, or the current children of a unit. */
@Command(scope = "danvan", name = "unit-list", description = "Lists the root units, or the children of a unit")
@Service
public class UnitListCommand implements Action {

    @Argument(index = 0, name = "code", description = "Code of the parent unit; none for the roots")
    String code;

    @Reference
    AuthenticationService authentication;

    @Reference
    AccessControl access;

    @Reference
    OrgUnitDirectory directory;

    @Override
    public Object execute() {
        UserPrincipal actor = ConsoleUser.require(authentication);
        if (!access.isPermittedSomewhere(actor, ConsolePermission.ID)) {
            throw new AccessDeniedException(actor.login(), ConsolePermission.ID, -1);
        }
        List<OrgUnitInfo> units;
        if (code == null) {
            units = directory.roots();
        } else {
            OrgUnitInfo parent = directory.findByCode(code).orElse(null);
            if (parent == null) {
                System.out.println("No unit with code " + code);
                return null;
            }
            System.out.println(parent.code() + "  " + parent.name() + (parent.isCurrent() ? ""
                    : "  (retired " + parent.validTo() + ", now: " + successors(parent) + ")"));
            units = directory.children(parent.id());
        }
        for (OrgUnitInfo unit : units) {
            System.out.printf("  %-16s %-56s %-20s %5d%n", unit.code(), unit.name(), unit.kind(),
                    directory.childCount(unit.id()));
        }
        System.out.println(units.size() + " unit(s)");
        return null;
    }

    private String successors(OrgUnitInfo unit) {
        return String.join(", ", directory.currentSuccessors(unit.id()).stream().map(OrgUnitInfo::code).toList());
    }
}
