package org.danvan.platform.keys.internal.console;

import java.nio.file.Path;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.keys.internal.backup.BackupService;

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

    @Reference
    AuditTrail audit;

    @Override
    void run(UserPrincipal user) {
        char[] passphrase = withoutKeys ? null : Passphrases.read(passphraseFile, session, false);
        if (withoutKeys) {
            System.out.println("WARNING: restoring WITHOUT keys: protected identities stay unreadable unless this "
                    + "installation already has the keys they were encrypted with.");
        }
        Path source = Path.of(directory).toAbsolutePath();
        backups.restore(source, passphrase).forEach(System.out::println);
        // appended to the restored chain (the audit reads its head from the database), so the restore is the first
        // entry after the backup's last one and the chain still verifies
        audit.record(AuditEvent.of("platform.restore", user.login(), user.userId(),
                Map.of("directory", source.toString(), "keys", withoutKeys ? "ABSENT" : "restored")));
        System.out.println("Restored. Restart DanVan now (bin/stop, then bin/start): its screens, case engine, "
                + "modules and jobs stay stopped until then.");
    }
}
