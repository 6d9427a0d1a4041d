package org.danvan.platform.keys.internal.console;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.keys.KeyService;
import org.danvan.platform.api.security.UserPrincipal;

/** {@code danvan:key-list}: the key rings and their active key ids (never the keys). */
@Command(scope = "danvan", name = "key-list", description = "Lists the key rings of encrypted personal data")
@Service
public class KeyListCommand extends AdministratorCommand {

    @Reference
    KeyService keys;

    @Override
    void run(UserPrincipal user) {
        for (String purpose : keys.purposes()) {
            System.out.println(purpose + "  active key " + keys.ring(purpose).activeKeyId());
        }
    }
}
