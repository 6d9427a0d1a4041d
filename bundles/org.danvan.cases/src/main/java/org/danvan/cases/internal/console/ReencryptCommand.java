package org.danvan.cases.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.cases.internal.CaseEngine;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;

/** {@code danvan:case-reencrypt}: moves every protected value to the active key. */
@Command(scope = "danvan", name = "case-reencrypt",
        description = "Re-encrypts petitioner identities still under an old key with the active key")
@Service
public class ReencryptCommand implements Action {

    @Reference
    CaseEngine engine;

    @Reference
    AccessControl accessControl;

    @Reference
    AuthenticationService authenticationService;

    @Override
    public Object execute() {
        KeyCommands.requireAdministrator(accessControl, ConsoleUser.require(authenticationService));
        int rewritten = engine.reencryptAll();
        System.out.println(rewritten + " petitioners re-encrypted with the active key");
        return null;
    }
}
