package org.danvan.audit.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.i18n.Translator;

/** {@code danvan:audit-verify}: recomputes the hash chain and prints whether it is intact. */
@Command(scope = "danvan", name = "audit-verify",
        description = "Recomputes the audit trail's hash chain and reports the first broken entry (needs audit.view)")
@Service
public class VerifyAuditCommand implements Action {

    @Reference
    AuditTrail auditTrail;

    @Reference
    AccessControl accessControl;

    @Reference
    AuthenticationService authenticationService;

    @Reference(optional = true)
    Translator translator;

    @Override
    public Object execute() {
        new AuditConsole(auditTrail, accessControl, translator, System.out)
                .verify(ConsoleUser.require(authenticationService));
        return null;
    }
}
