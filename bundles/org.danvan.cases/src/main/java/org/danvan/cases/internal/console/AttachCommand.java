package org.danvan.cases.internal.console;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.cases.api.CaseService;
import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;

/** {@code danvan:case-attach}: stores a file as an attachment of a case. */
@Command(scope = "danvan", name = "case-attach", description = "Attaches a file to a case (needs case.intake)")
@Service
public class AttachCommand implements Action {

    @Argument(index = 0, name = "case", required = true, description = "Case number (2026/000042) or id")
    String numberOrId;

    @Argument(index = 1, name = "file", required = true, description = "The file (PDF, image, office document)")
    String file;

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
        new CaseConsole(cases, directory, translator, System.out).attach(ConsoleUser.require(authenticationService),
                numberOrId, Path.of(file));
        return null;
    }
}
