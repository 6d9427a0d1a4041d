package org.danvan.audit.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.i18n.Translator;

/** {@code danvan:audit-list}: the newest audit entries, optionally filtered. */
@Command(scope = "danvan", name = "audit-list",
        description = "Lists the newest audit trail entries, newest first (needs audit.view)")
@Service
public class ListAuditCommand implements Action {

    /** Entries shown without {@code --limit}. */
    static final int DEFAULT_LIMIT = 20;

    @Option(name = "--action", description = "Only actions starting with this prefix, e.g. identity. or case.unmask")
    String actionPrefix;

    @Option(name = "--user", description = "Only entries of this actor login (exact)")
    String login;

    @Option(name = "--limit", description = "At most this many entries (1 to 1000, default 20)")
    int limit = DEFAULT_LIMIT;

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
                .list(ConsoleUser.require(authenticationService), actionPrefix, login, limit);
        return null;
    }
}
