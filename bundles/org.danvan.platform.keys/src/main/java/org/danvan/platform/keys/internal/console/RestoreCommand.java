package org.danvan.platform.keys.internal.console;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.keys.internal.backup.BackupService;

/** {@code danvan:restore <dir>}: checks a backup, then puts it back onto this installation. */
@Command(scope = "danvan", name = "restore",
        description = "Restores a backup taken with danvan:backup onto this installation (then restart DanVan)")
@Service
public class RestoreCommand implements Action {

    @Argument(index = 0, name = "dir", required = true, description = "The backup directory")
    String directory;

    @Option(name = "--passphrase-file", description = "File whose first line is the pass-phrase of the backup's keys "
            + "(default: typed at the console)")
    String passphraseFile;

    @Option(name = "--without-keys", description = "Restore a backup that holds no keys (its protected identities "
            + "stay unreadable unless this installation already has the keys)")
    boolean withoutKeys;

    @Reference
    BackupService backups;

    @Reference
    Session session;

    @Reference
    AccessControl accessControl;

    @Reference
    AuthenticationService authenticationService;

    @Override
    public Object execute() {
        Administrators.require(accessControl, authenticationService);
        char[] passphrase = withoutKeys ? null : Passphrases.read(passphraseFile, session, false);
        if (withoutKeys) {
            System.out.println("WARNING: restoring WITHOUT keys: protected identities stay unreadable unless this "
                    + "installation already has the keys they were encrypted with.");
        }
        backups.restore(Path.of(directory).toAbsolutePath(), passphrase).forEach(System.out::println);
        System.out.println("Restored. Restart DanVan now (bin/stop, then bin/start): running bundles still hold "
                + "caches of the replaced database.");
        return null;
    }
}
