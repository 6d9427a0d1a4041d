package org.danvan.platform.keys.internal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.danvan.platform.api.keys.KeyRing;
import org.danvan.platform.keys.internal.KeyServiceImpl;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup of one H2 installation restored onto a second, fresh one; damage and wrong pass-phrases refused. */
class BackupServiceTest {

    private static final char[] PASSPHRASE = "ngựa ô bốn chân vàng".toCharArray();

    @TempDir
    Path directory;

    @Test
    void aBackupRestoredOntoAFreshInstallationBringsBackDataAttachmentsKeysAndConfiguration() throws Exception {
        Installation first = new Installation(directory.resolve("first"));
        KeyRing ring = first.keys.ring("case-identity");
        String sealedName = ring.encrypt("Trịnh Quang Vĩnh", "case:1");
        first.sql("CREATE TABLE person(id INT PRIMARY KEY, name_enc VARCHAR(400))",
                "INSERT INTO person VALUES (1, '" + sealedName + "')");
        Files.createDirectories(first.data.resolve("danvan/attachments/ab"));
        Files.writeString(first.data.resolve("danvan/attachments/ab/abcdef"), "đơn tố cáo.pdf content");
        Files.writeString(first.etc.resolve("org.danvan.cases.cfg"), "nearDueWorkingDays = 5\n");
        Files.writeString(first.etc.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port = 8181\n");
        Files.writeString(first.etc.resolve("host.key"), "-----BEGIN PRIVATE KEY-----\n");

        Path backup = directory.resolve("backup-1");
        first.backups.backup(backup, PASSPHRASE).forEach(System.out::println);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        assertFalse(Files.exists(backup.resolve("etc/danvan.keys")), "no key in clear in the configuration copy");
        assertFalse(Files.exists(backup.resolve("etc/host.key")), "nor the private ssh host key");
        assertTrue(Files.exists(backup.resolve("etc/org.ops4j.pax.web.cfg")));
        String sealedKeys = Files.readString(backup.resolve(BackupService.KEYS));
        assertFalse(sealedKeys.contains(first.keys.fileText().lines().filter(l -> l.contains(".key.k1"))
                .findFirst().orElseThrow().split(" = ")[1]), "the keys are sealed");
        assertTrue(Files.readString(backup.resolve(Manifest.FILE)).contains("keys = sealed"));

        Installation fresh = new Installation(directory.resolve("fresh"));
        fresh.keys.ring("case-identity");
        fresh.sql("CREATE TABLE leftover(id INT)");
        Files.writeString(fresh.etc.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port = 8282\n");
        assertThrows(IllegalArgumentException.class,
                () -> fresh.backups.restore(backup, "not the pass-phrase".toCharArray()));
        assertThrows(IllegalStateException.class, () -> fresh.keys.ring("case-identity").decrypt(sealedName, "case:1"),
                "a wrong pass-phrase changed nothing");

        fresh.backups.restore(backup, PASSPHRASE).forEach(System.out::println);
        assertEquals("Trịnh Quang Vĩnh", fresh.keys.ring("case-identity").decrypt(fresh.query(
                "SELECT name_enc FROM person WHERE id = 1"), "case:1"));
        assertEquals("Trịnh Quang Vĩnh", KeyServiceImpl.onFile(fresh.etc.resolve("danvan.keys")).ring("case-identity")
                .decrypt(sealedName, "case:1"), "the restored keys are in the key file");
        assertEquals("đơn tố cáo.pdf content", Files.readString(fresh.data.resolve("danvan/attachments/ab/abcdef")));
        assertEquals("nearDueWorkingDays = 5\n", Files.readString(fresh.etc.resolve("org.danvan.cases.cfg")));
        assertEquals("org.osgi.service.http.port = 8282\n", Files.readString(fresh.etc.resolve(
                "org.ops4j.pax.web.cfg")), "the new host's own configuration is kept");
        assertEquals("0", fresh.query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'LEFTOVER'"));
    }

    @Test
    void anAlteredBackupIsRefusedBeforeAnythingChanges() throws Exception {
        Installation first = new Installation(directory.resolve("first"));
        first.keys.ring("case-identity");
        first.sql("CREATE TABLE t(id INT)");
        Path backup = directory.resolve("backup-2");
        first.backups.backup(backup, PASSPHRASE);
        Files.writeString(backup.resolve("extra.cfg"), "x = 1\n");
        IllegalArgumentException unlisted = assertThrows(IllegalArgumentException.class,
                () -> first.backups.restore(backup, PASSPHRASE));
        assertTrue(unlisted.getMessage().contains("extra.cfg"), unlisted.getMessage());
        Files.delete(backup.resolve("extra.cfg"));
        byte[] database = Files.readAllBytes(backup.resolve(BackupService.DATABASE_H2));
        database[database.length / 2] ^= 1;
        Files.write(backup.resolve(BackupService.DATABASE_H2), database);
        IllegalArgumentException altered = assertThrows(IllegalArgumentException.class,
                () -> first.backups.restore(backup, PASSPHRASE));
        assertTrue(altered.getMessage().contains(BackupService.DATABASE_H2), altered.getMessage());
        assertEquals("1", first.query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'T'"));
    }

    @Test
    void aBackupWithoutKeysSaysSoAndAWeakPassPhraseIsRefused() throws Exception {
        Installation first = new Installation(directory.resolve("first"));
        first.keys.ring("case-identity");
        assertThrows(IllegalArgumentException.class, () -> first.backups.backup(directory.resolve("weak"),
                "short".toCharArray()));
        Path backup = directory.resolve("backup-3");
        first.backups.backup(backup, null);
        assertFalse(Files.exists(backup.resolve(BackupService.KEYS)));
        assertTrue(Files.readString(backup.resolve(Manifest.FILE)).contains("keys = ABSENT"));
        assertThrows(IllegalArgumentException.class, () -> first.backups.restore(backup, PASSPHRASE),
                "a pass-phrase for a backup without keys is a mistake worth stopping at");
        assertThrows(IllegalArgumentException.class, () -> first.backups.backup(backup, PASSPHRASE),
                "a backup never goes into a directory holding files");
    }

    /** One installation: its H2 database, etc/, data/ and key file. */
    private static final class Installation {
        final Path etc;
        final Path data;
        final JdbcDataSource dataSource = new JdbcDataSource();
        final KeyServiceImpl keys;
        final BackupService backups;

        Installation(Path home) throws IOException {
            etc = Files.createDirectories(home.resolve("etc"));
            data = Files.createDirectories(home.resolve("data"));
            dataSource.setURL("jdbc:h2:file:" + data.resolve("db/danvan").toAbsolutePath());
            dataSource.setUser("sa");
            keys = KeyServiceImpl.onFile(etc.resolve("danvan.keys"));
            backups = new BackupService(dataSource, keys, etc, data);
        }

        void sql(String... statements) throws SQLException {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
            }
        }

        String query(String sql) throws SQLException {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }
}
