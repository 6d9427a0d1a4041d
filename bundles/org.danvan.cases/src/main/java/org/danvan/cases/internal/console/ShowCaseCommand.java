package org.danvan.cases.internal.console;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.security.UserPrincipal;

/** {@code danvan:case-show}: one case, redacted. */
@Command(scope = "danvan", name = "case-show", description = "Shows a case, redacted (needs case.view)")
@Service
public class ShowCaseCommand extends CaseCommand {

    @Argument(index = 0, name = "case", required = true, description = "Case number (2026/000042) or id")
    String numberOrId;

    @Override
    void run(CaseConsole console, UserPrincipal user) {
        console.show(user, numberOrId);
    }
}
