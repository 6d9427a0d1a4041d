package org.danvan.platform.keys.internal.console;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.danvan.platform.keys.internal.backup.BackupService;
import org.danvan.platform.api.security.UserPrincipal;

/** {@code danvan:restore <dir>}: checks a backup, then puts it back onto this installation. */
@Command(scope = "danvan", name = "restore",
        description = "Restores a backup taken with danvan:backup onto this installation (then restart DanVan)")
@Service
public class RestoreCommand extends AdministratorCommand {

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

    @Override
    void run(UserPrincipal user) {
        char[] passphrase = withoutKeys ? null : Passphrases.read(passphraseFile, session, false);
        if (withoutKeys) {
            System.out.println("WARNING: restoring WITHOUT keys: protected identities stay unreadable unless this "
                    + "installation already has the keys they were encrypted with.");
        }
        backups.restore(Path.of(directory).toAbsolutePath(), passphrase).forEach(System.out::println);
        System.out.println("Restored. Restart DanVan now (bin/stop, then bin/start): running bundles still hold "
                + "caches of the replaced database.");
    }
}
