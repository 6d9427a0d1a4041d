package org.danvan.cases.internal.console;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.security.UserPrincipal;

/** {@code danvan:case-list}: the cases the console user may see. */
@Command(scope = "danvan", name = "case-list", description = "Lists cases (needs case.view)")
@Service
public class ListCasesCommand extends CaseCommand {

    @Option(name = "--unit", description = "Only this unit's subtree, by code")
    String unitCode;

    @Option(name = "--overdue", description = "Only open cases past their due date, soonest due first")
    boolean overdue;

    @Option(name = "--text", description = "Words to search, diacritics ignored")
    String text;

    @Option(name = "--limit", description = "At most this many rows (default 50, at most 500)")
    int limit = 50;

    @Option(name = "--offset", description = "Rows to skip first, to page through more than 500 (default 0)")
    int offset;

    @Override
    void run(CaseConsole console, UserPrincipal user) {
        console.list(user, unitCode, overdue, text, offset, limit);
    }
}
