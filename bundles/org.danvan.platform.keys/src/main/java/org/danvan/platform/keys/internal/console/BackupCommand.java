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

/** {@code danvan:backup <dir>}: database, attachments, configuration and the sealed keys, with checksums. */
@Command(scope = "danvan", name = "backup",
        description = "Backs up the database, attachments, configuration and the keys (sealed with a pass-phrase)")
@Service
public class BackupCommand extends AdministratorCommand {

    @Argument(index = 0, name = "dir", required = true, description = "A new or empty directory for the backup")
    String directory;

    @Option(name = "--passphrase-file", description = "File whose first line is the pass-phrase sealing the keys "
            + "(default: typed at the console)")
    String passphraseFile;

    @Option(name = "--without-keys", description = "Leave the keys out: the protected identities in this backup "
            + "can then NOT be read on another installation")
    boolean withoutKeys;

    @Reference
    BackupService backups;

    @Reference
    Session session;

    @Reference
    AuditTrail audit;

    @Override
    void run(UserPrincipal user) {
        char[] passphrase = withoutKeys ? null : Passphrases.read(passphraseFile, session, true);
        Path target = Path.of(directory).toAbsolutePath();
        backups.backup(target, passphrase).forEach(System.out::println);
        audit.record(AuditEvent.of("platform.backup", user.login(), user.userId(),
                Map.of("directory", target.toString(), "keys", withoutKeys ? "ABSENT" : "sealed")));
        if (withoutKeys) {
            System.out.println("""
                    ********************************************************************************
                    WARNING: this backup holds NO KEYS. Restored anywhere else, every protected
                    identity (denouncers, petitioners, reception book) in it is unreadable. Keep
                    etc/danvan.keys safe yourself, or take the backup again without --without-keys.
                    ********************************************************************************""");
        } else {
            System.out.println("Backup complete. Keep the pass-phrase apart from the backup: without it the "
                    + "keys cannot be opened.");
        }
    }
}
