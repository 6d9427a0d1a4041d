package org.danvan.platform.modules.internal.command;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.module.ModuleInfo;
import org.danvan.platform.api.module.ModuleManager;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;

/** Every module the feature repositories offer, with its state and where it is enabled. */
@Command(scope = "danvan", name = "module-list", description = "Lists the modules: installed or available, where enabled")
@Service
public class ModuleListCommand implements Action {

    @Reference
    AuthenticationService authentication;

    @Reference
    ModuleManager modules;

    @Reference
    Translator translator;

    @Reference
    UnitCodes units;

    @Override
    public Object execute() {
        ConsoleUser.require(authentication);
        System.out.printf("%-16s %-10s %-10s %-12s %-24s %s%n", "Id", "Version", "State", "Vendor", "Enabled for",
                "Name (needs)");
        for (ModuleInfo module : modules.modules()) {
            String name = module.nameKey() == null ? module.featureDescription()
                    : translator.translate(module.nameKey(), Locale.forLanguageTag("vi"));
            System.out.printf("%-16s %-10s %-10s %-12s %-24s %s%s%n", module.id(), module.version(),
                    module.installed() ? "installed" : "available", module.vendor(), units.describe(module.units()),
                    name, module.needs().isEmpty() ? "" : " (needs " + String.join(", ", module.needs()) + ")");
        }
        return null;
    }
}
