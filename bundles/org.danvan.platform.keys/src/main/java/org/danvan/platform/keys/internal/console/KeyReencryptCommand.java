package org.danvan.platform.keys.internal.console;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.keys.KeyService;
import org.danvan.platform.api.security.UserPrincipal;

/** {@code danvan:key-reencrypt}: moves the data of one ring (or of all) to the active key. */
@Command(scope = "danvan", name = "key-reencrypt",
        description = "Re-encrypts data still under an old key with the active key of its ring")
@Service
public class KeyReencryptCommand extends AdministratorCommand {

    @Argument(index = 0, name = "purpose", description = "The key ring, e.g. case-identity; default all")
    String purpose;

    @Reference
    KeyService keys;

    @Override
    void run(UserPrincipal user) {
        keys.reencrypt(purpose).forEach((ring, count) ->
                System.out.println(ring + ": " + count + " rows re-encrypted with key " + keys.ring(ring).activeKeyId()));
    }
}
