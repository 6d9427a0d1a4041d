package org.danvan.sdk.testing.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The empty database behind a {@link TestDatabase}, pooled by HikariCP as in Karaf, and how to remove it. */
abstract class ServerDatabase implements AutoCloseable {

    /**
     * What the platform's H2 URL carries: every commit is written to the file before it is acknowledged (the feature's
     * datasource configuration uses the same).
     */
    static final String H2_DURABLE_OPTIONS = ";WRITE_DELAY=0";

    static final String MARIADB_URL = environment("DANVAN_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
    static final String MARIADB_USER = environment("DANVAN_TEST_MARIADB_USER", "root");
    static final String MARIADB_PASSWORD = environment("DANVAN_TEST_MARIADB_PASSWORD", "");
    private static final String MARIADBD = "/usr/sbin/mariadbd";
    private static final long START_TIMEOUT_MILLIS = 30_000;

    protected final HikariDataSource pool;

    protected ServerDatabase(String url, String user, String password, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName(poolName);
        this.pool = new HikariDataSource(config);
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public abstract void close();

    /** An H2 file database in a new temporary folder, deleted on close. */
    static ServerDatabase h2() {
        Path folder;
        try {
            folder = Files.createTempDirectory("danvan-test-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServerDatabase("jdbc:h2:file:" + folder.resolve("danvan").toAbsolutePath() + H2_DURABLE_OPTIONS,
                "sa", "", "h2-test") {
            @Override
            public void close() {
                pool.close();
                deleteRecursively(folder);
            }
        };
    }

    /**
     * A database {@code danvan_test_<random>} on the MariaDB server, dropped on close. The server is
     * {@code DANVAN_TEST_MARIADB_URL} (default {@code jdbc:mariadb://127.0.0.1:3306/}) with
     * {@code DANVAN_TEST_MARIADB_USER} / {@code _PASSWORD} (default root without password, as on the development
     * machines). A local server that is installed but not running is started; without one the test fails, it is
     * never skipped.
     */
    static ServerDatabase mariaDb(String characterSet) {
        ensureMariaDbAnswers();
        String name = "danvan_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name + " CHARACTER SET " + characterSet);
        return new ServerDatabase(MARIADB_URL + name, MARIADB_USER, MARIADB_PASSWORD, "mariadb-test") {
            @Override
            public void close() {
                pool.close();
                execute("DROP DATABASE IF EXISTS " + name);
            }
        };
    }

    private static void execute(String sql) {
        try (Connection connection = serverConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection serverConnection() throws SQLException {
        String separator = MARIADB_URL.contains("?") ? "&" : "?";
        return DriverManager.getConnection(MARIADB_URL + separator + "connectTimeout=2000", MARIADB_USER,
                MARIADB_PASSWORD);
    }

    private static synchronized void ensureMariaDbAnswers() {
        SQLException failure = tryConnect();
        if (failure == null) {
            return;
        }
        if (!new File(MARIADBD).canExecute()) {
            throw new IllegalStateException("No MariaDB server answers at " + MARIADB_URL + " (" + failure.getMessage()
                    + ") and " + MARIADBD + " is not installed: install mariadb-server, or point "
                    + "DANVAN_TEST_MARIADB_URL/_USER/_PASSWORD at a server, to run the MariaDB tests");
        }
        try {
            new ProcessBuilder("start-stop-daemon", "--start", "--oknodo", "--background", "--exec", MARIADBD)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + MARIADBD + " with start-stop-daemon", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting MariaDB", e);
        }
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            failure = tryConnect();
            if (failure == null) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("MariaDB was started but does not answer at " + MARIADB_URL + " as "
                + MARIADB_USER + " after 30 s: " + failure.getMessage(), failure);
    }

    private static SQLException tryConnect() {
        try (Connection connection = serverConnection()) {
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    private static String environment(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
