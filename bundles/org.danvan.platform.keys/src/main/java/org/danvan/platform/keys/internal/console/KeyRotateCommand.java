package org.danvan.platform.keys.internal.console;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.keys.KeyService;
import org.danvan.platform.api.security.UserPrincipal;

/** {@code danvan:key-rotate}: a new active key for one ring; old keys keep decrypting. */
@Command(scope = "danvan", name = "key-rotate",
        description = "Adds a new active key to a key ring (then run danvan:key-reencrypt)")
@Service
public class KeyRotateCommand extends AdministratorCommand {

    @Argument(index = 0, name = "purpose", required = true, description = "The key ring, e.g. case-identity")
    String purpose;

    @Argument(index = 1, name = "keyId", description = "Id of the new key (letters, digits); default the next k<n>")
    String keyId;

    @Reference
    KeyService keys;

    @Override
    void run(UserPrincipal user) {
        String active = keys.rotate(purpose, keyId);
        System.out.println("Active key of " + purpose + " is now " + active
                + "; run danvan:key-reencrypt " + purpose + " to move existing data to it, then danvan:backup");
    }
}
