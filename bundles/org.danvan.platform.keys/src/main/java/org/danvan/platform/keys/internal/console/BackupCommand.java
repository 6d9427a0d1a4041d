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

/** {@code danvan:backup <dir>}: database, attachments, configuration and the sealed keys, with checksums. */
@Command(scope = "danvan", name = "backup",
        description = "Backs up the database, attachments, configuration and the keys (sealed with a pass-phrase)")
@Service
public class BackupCommand implements Action {

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
    AccessControl accessControl;

    @Reference
    AuthenticationService authenticationService;

    @Override
    public Object execute() {
        Administrators.require(accessControl, authenticationService);
        char[] passphrase = withoutKeys ? null : Passphrases.read(passphraseFile, session, true);
        backups.backup(Path.of(directory).toAbsolutePath(), passphrase).forEach(System.out::println);
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
        return null;
    }
}
