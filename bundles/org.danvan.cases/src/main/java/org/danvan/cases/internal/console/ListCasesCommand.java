package org.danvan.cases.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.cases.api.CaseService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.i18n.Translator;

/** {@code danvan:case-list}: the cases the console user may see. */
@Command(scope = "danvan", name = "case-list", description = "Lists cases (needs case.view)")
@Service
public class ListCasesCommand implements Action {

    @Option(name = "--unit", description = "Only this unit's subtree, by code")
    String unitCode;

    @Option(name = "--overdue", description = "Only open cases past their due date, soonest due first")
    boolean overdue;

    @Option(name = "--text", description = "Words to search, diacritics ignored")
    String text;

    @Option(name = "--limit", description = "At most this many rows (default 50)")
    int limit = 50;

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
        new CaseConsole(cases, directory, translator, System.out).list(ConsoleUser.require(authenticationService),
                unitCode, overdue, text, limit);
        return null;
    }
}
