package org.danvan.platform.modules.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Disables a module for units; {@code *} removes "the whole installation" so that only the units enabled one by one
 * keep it. The module's data stays.
 */
@Command(scope = "danvan", name = "module-disable", description = "Disables a module for units; * ends 'everywhere'")
@Service
public class ModuleDisableCommand extends ModuleEnableCommand {

    @Override
    public Object execute() {
        return change(false);
    }
}
