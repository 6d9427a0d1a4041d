package org.danvan.cases.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.cases.api.CaseService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.i18n.Translator;

/** {@code danvan:case-show}: one case, redacted. */
@Command(scope = "danvan", name = "case-show", description = "Shows a case, redacted (needs case.view)")
@Service
public class ShowCaseCommand implements Action {

    @Argument(index = 0, name = "case", required = true, description = "Case number (2026/000042) or id")
    String numberOrId;

    @Reference
    CaseService cases;

    @Reference
    OrgUnitDirectory directory;

    @Reference
    AuthenticationService authenticationService;

    @Reference(optional = true)
    Translator translator;

    @Override
    public Object execute() {
        new CaseConsole(cases, directory, translator, System.out).show(ConsoleUser.require(authenticationService),
                numberOrId);
        return null;
    }
}
