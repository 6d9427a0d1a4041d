package org.danvan.platform.keys.internal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.danvan.platform.keys.internal.KeyServiceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The MariaDB path of backup and restore with the real {@code mariadb-dump} and {@code mariadb} clients, on the
 * server of the development machines (127.0.0.1:3306, {@code DANVAN_TEST_MARIADB_USER}/{@code _PASSWORD}, default
 * root without password): two databases stand for two installations.
 */
class MariaDbBackupTest {

    private static final String USER = env("DANVAN_TEST_MARIADB_USER", "root");
    private static final String PASSWORD = env("DANVAN_TEST_MARIADB_PASSWORD", "");
    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";

    @TempDir
    Path directory;

    @Test
    void aDumpTakenOnOneDatabaseIsLoadedIntoAnotherWithItsVietnameseText() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
        String source = "danvan_backup_a_" + suffix;
        String target = "danvan_backup_b_" + suffix;
        admin("CREATE DATABASE " + source + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                "CREATE DATABASE " + target + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        try {
            BackupService first = installation(directory.resolve("first"), source);
            try (Connection c = DriverManager.getConnection(SERVER + source, USER, PASSWORD);
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE cs_case(id BIGINT PRIMARY KEY, content VARCHAR(400)) CHARACTER SET utf8mb4");
                s.execute("INSERT INTO cs_case VALUES (1, 'Phản ánh việc san lấp ao công cộng ở thôn Đông')");
            }
            Path backup = directory.resolve("backup");
            first.backup(backup, "mười hai ký tự trở lên".toCharArray()).forEach(System.out::println);
            assertTrue(Files.readString(backup.resolve(BackupService.DATABASE_MARIADB)).contains("CREATE TABLE"));

            BackupService fresh = installation(directory.resolve("fresh"), target);
            fresh.restore(backup, "mười hai ký tự trở lên".toCharArray()).forEach(System.out::println);
            try (Connection c = DriverManager.getConnection(SERVER + target, USER, PASSWORD);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT content FROM cs_case WHERE id = 1")) {
                assertTrue(rs.next());
                assertEquals("Phản ánh việc san lấp ao công cộng ở thôn Đông", rs.getString(1));
            }
        } finally {
            admin("DROP DATABASE IF EXISTS " + source, "DROP DATABASE IF EXISTS " + target);
        }
    }

    private BackupService installation(Path home, String database) throws Exception {
        Path etc = Files.createDirectories(home.resolve("etc"));
        Path data = Files.createDirectories(home.resolve("data"));
        Files.writeString(etc.resolve("org.ops4j.datasource-danvan.cfg"), "osgi.jdbc.driver.name = mariadb\n"
                + "url = " + SERVER + database + "\nuser = " + USER + "\npassword = " + PASSWORD + "\n");
        MariaDbDataSource dataSource = new MariaDbDataSource(SERVER + database);
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        KeyServiceImpl keys = KeyServiceImpl.onFile(etc.resolve("danvan.keys"));
        keys.ring("case-identity");
        return new BackupService(dataSource, keys, etc, data);
    }

    private static void admin(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
