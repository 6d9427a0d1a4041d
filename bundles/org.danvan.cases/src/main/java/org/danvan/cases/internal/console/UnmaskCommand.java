package org.danvan.cases.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.cases.api.CaseService;
import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;

/** {@code danvan:case-unmask}: reveals the petitioners of a case, audited with the reason. */
@Command(scope = "danvan", name = "case-unmask",
        description = "Reveals the petitioners of a case and reads back its attachments (needs case.unmask; audited)")
@Service
public class UnmaskCommand implements Action {

    @Argument(index = 0, name = "case", required = true, description = "Case number (2026/000042) or id")
    String numberOrId;

    @Option(name = "--reason", required = true, description = "Why the identity is needed (written to the audit)")
    String reason;

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
        new CaseConsole(cases, directory, translator, System.out).unmask(ConsoleUser.require(authenticationService),
                numberOrId, reason);
        return null;
    }
}
