package org.danvan.platform.keys.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.keys.KeyService;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AuthenticationService;

/** {@code danvan:key-list}: the key rings and their active key ids (never the keys). */
@Command(scope = "danvan", name = "key-list", description = "Lists the key rings of encrypted personal data")
@Service
public class KeyListCommand implements Action {

    @Reference
    KeyService keys;

    @Reference
    AccessControl accessControl;

    @Reference
    AuthenticationService authenticationService;

    @Override
    public Object execute() {
        Administrators.require(accessControl, authenticationService);
        for (String purpose : keys.purposes()) {
            System.out.println(purpose + "  active key " + keys.ring(purpose).activeKeyId());
        }
        return null;
    }
}
