package org.danvan.platform.modules.internal.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.module.ModuleEnablement;
import org.danvan.platform.api.module.ModuleManager;
import org.danvan.platform.api.module.ModuleUnits;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;

/**
 * Enables a module for more units ({@code *}: the whole installation). A module enabled everywhere stays so; to
 * narrow it, enable the units wanted, then {@code module-disable <id> *}.
 */
@Command(scope = "danvan", name = "module-enable", description = "Enables a module for units (their subtrees); * for everywhere")
@Service
public class ModuleEnableCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "Module id")
    String id;

    @Argument(index = 1, name = "unitCodes", required = true, multiValued = true,
            description = "Unit codes, or * for the whole installation")
    List<String> codes;

    @Reference
    AuthenticationService authentication;

    @Reference
    ModuleManager modules;

    @Reference
    ModuleEnablement enablement;

    @Reference
    UnitCodes units;

    @Reference
    Translator translator;

    @Override
    public Object execute() {
        return change(true);
    }

    /** Shared with {@link ModuleDisableCommand}. */
    Object change(boolean enable) {
        UserPrincipal actor = ConsoleUser.require(authentication);
        try {
            if (modules.find(id).isEmpty()) {
                throw ValidationException.of("module", "platform.modules.error.unknown", id);
            }
            ModuleUnits current = enablement.units(id);
            boolean all = codes.stream().anyMatch(c -> c.trim().equals("*"));
            Set<Long> ids = new HashSet<>(current.unitIds());
            Set<Long> named = units.ids(codes.stream().filter(c -> !c.trim().equals("*")).toList());
            ModuleUnits next;
            if (enable) {
                ids.addAll(named);
                next = all || current.everywhere() ? ModuleUnits.everywhereInstalled() : ModuleUnits.only(ids);
            } else {
                ids.removeAll(named);
                next = current.everywhere() && !all ? current : ModuleUnits.only(ids);
            }
            if (next.equals(current)) {
                System.out.println(unchanged(enable, all, current, named));
                return null;
            }
            enablement.setUnits(id, next, actor);
            System.out.println("Module " + id + " is now enabled for " + units.describe(enablement.units(id)));
        } catch (ValidationException | AccessDeniedException e) {
            ConsoleOutput.refused(e, translator, System.out);
        }
        return null;
    }

    /** Why nothing changed, in words that say what the module's enablement is and what to do instead. */
    String unchanged(boolean enable, boolean all, ModuleUnits current, Set<Long> named) {
        String asked = all ? "*" : units.describe(ModuleUnits.only(named));
        if (enable) {
            return current.everywhere()
                    ? "Module " + id + " is enabled for the whole installation (*): nothing to add for " + asked
                            + ". To enable it only for some units: module-disable " + id + " *, then module-enable "
                            + id + " <unit codes>."
                    : "Module " + id + " is already enabled for " + asked + " (enabled for: "
                            + units.describe(current) + ").";
        }
        if (current.everywhere()) {
            return "Module " + id + " is enabled for the whole installation (*): it cannot be disabled for " + asked
                    + " alone; nothing changed. Use module-disable " + id + " *, then module-enable " + id
                    + " with the units that keep it.";
        }
        return current.isNowhere() ? "Module " + id + " is not enabled for any unit: nothing to disable."
                : "Module " + id + " is not enabled for " + asked + ": nothing changed (enabled for: "
                        + units.describe(current) + ").";
    }
}
