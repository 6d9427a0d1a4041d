package org.danvan.cases.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.cases.internal.CaseKeys;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;

/** {@code danvan:case-key-rotate}: a new active identity key; old keys keep decrypting. */
@Command(scope = "danvan", name = "case-key-rotate",
        description = "Adds a new active key for petitioner identities (then run danvan:case-reencrypt)")
@Service
public class RotateKeyCommand implements Action {

    @Argument(index = 0, name = "keyId", required = true, description = "Id of the new key, e.g. k2 (letters, digits)")
    String keyId;

    @Reference
    CaseKeys keys;

    @Reference
    AccessControl accessControl;

    @Reference
    AuthenticationService authenticationService;

    @Override
    public Object execute() {
        KeyCommands.requireAdministrator(accessControl, ConsoleUser.require(authenticationService));
        keys.rotate(keyId);
        System.out.println("Active key is now " + keyId + "; run danvan:case-reencrypt to move existing data to it");
        return null;
    }
}
