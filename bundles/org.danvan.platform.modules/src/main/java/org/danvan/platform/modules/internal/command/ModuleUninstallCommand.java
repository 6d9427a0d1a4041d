package org.danvan.platform.modules.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.module.ModuleInfo;
import org.danvan.platform.api.module.ModuleManager;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;

/** Uninstalls a module, keeping its data; refused while another installed module needs it. */
@Command(scope = "danvan", name = "module-uninstall", description = "Uninstalls a module (its data stays)")
@Service
public class ModuleUninstallCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "Module id, e.g. noticeboard")
    String id;

    @Reference
    AuthenticationService authentication;

    @Reference
    ModuleManager modules;

    @Reference
    Translator translator;

    @Override
    public Object execute() {
        UserPrincipal actor = ConsoleUser.require(authentication);
        try {
            ModuleInfo done = ConsoleOutput.await(modules.uninstall(id, actor,
                    step -> System.out.println("  " + ConsoleOutput.step(step, translator))), translator, System.out);
            if (done != null) {
                System.out.println("Module " + done.id() + " " + done.version() + " is uninstalled; its data stays in the database");
            }
        } catch (AccessDeniedException e) {
            ConsoleOutput.refused(e, translator, System.out);
        }
        return null;
    }
}
