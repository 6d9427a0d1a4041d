package org.danvan.platform.persistence.internal;

import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A fresh database {@code danvan_test_<random>} on the MariaDB server at 127.0.0.1:3306, dropped again on close. The
 * account is root without password, as on the development machines, unless {@code DANVAN_TEST_MARIADB_USER} /
 * {@code DANVAN_TEST_MARIADB_PASSWORD} say otherwise (.ci/run sets them on a fresh machine). Starts the local
 * server if nothing answers; fails (never skips) when there is none.
 */
final class MariaDbTestDatabase implements TestDatabase {

    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String USER = environment("DANVAN_TEST_MARIADB_USER", "root");
    private static final String PASSWORD = environment("DANVAN_TEST_MARIADB_PASSWORD", "");
    private static final String MARIADBD = "/usr/sbin/mariadbd";
    private static final long START_TIMEOUT_MILLIS = 30_000;

    private final String name = "danvan_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final HikariDataSource dataSource;

    MariaDbTestDatabase() {
        this("utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    /**
     * @param characterSet the database's default character set (and collation); modules test with latin1 so that
     *            their changelogs must ask for utf8mb4 themselves
     */
    MariaDbTestDatabase(String characterSet) {
        ensureServerAnswers();
        execute("CREATE DATABASE " + name + " CHARACTER SET " + characterSet);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(SERVER + name);
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setMaximumPoolSize(8);
        config.setPoolName("mariadb-test");
        dataSource = new HikariDataSource(config);
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String expectedProductName() {
        return "MariaDB";
    }

    @Override
    public void close() {
        dataSource.close();
        execute("DROP DATABASE IF EXISTS " + name);
    }

    private static void execute(String sql) {
        try (Connection connection = serverConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection serverConnection() throws SQLException {
        return DriverManager.getConnection(SERVER + "?connectTimeout=2000", USER, PASSWORD);
    }

    private static synchronized void ensureServerAnswers() {
        SQLException failure = tryConnect();
        if (failure == null) {
            return;
        }
        if (!new File(MARIADBD).canExecute()) {
            throw new IllegalStateException("No MariaDB server answers on 127.0.0.1:3306 (" + failure.getMessage()
                    + ") and " + MARIADBD + " is not installed: install mariadb-server to run the MariaDB tests");
        }
        try {
            Process start = new ProcessBuilder("start-stop-daemon", "--start", "--oknodo", "--background", "--exec",
                    MARIADBD).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            start.waitFor();
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
        throw new IllegalStateException("MariaDB started with start-stop-daemon but still does not answer on "
                + "127.0.0.1:3306 as " + USER + " after 30 s: " + failure.getMessage(), failure);
    }

    private static String environment(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static SQLException tryConnect() {
        try (Connection connection = serverConnection()) {
            return null;
        } catch (SQLException e) {
            return e;
        }
    }
}
