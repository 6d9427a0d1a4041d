package org.danvan.cases.internal.console;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.security.UserPrincipal;

/** {@code danvan:case-unmask}: reveals the petitioners of a case, audited with the reason. */
@Command(scope = "danvan", name = "case-unmask",
        description = "Reveals the petitioners of a case and reads back its attachments (needs case.unmask; audited)")
@Service
public class UnmaskCommand extends CaseCommand {

    @Argument(index = 0, name = "case", required = true, description = "Case number (2026/000042) or id")
    String numberOrId;

    @Option(name = "--reason", required = true, description = "Why the identity is needed (written to the audit)")
    String reason;

    @Override
    void run(CaseConsole console, UserPrincipal user) {
        console.unmask(user, numberOrId, reason);
    }
}
