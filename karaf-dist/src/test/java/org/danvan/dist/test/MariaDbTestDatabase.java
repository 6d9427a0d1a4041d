package org.danvan.dist.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A throw-away MariaDB database for one distribution test, on the server the persistence tests use:
 * 127.0.0.1:3306, user {@code root} without password unless {@code DANVAN_TEST_MARIADB_USER} /
 * {@code DANVAN_TEST_MARIADB_PASSWORD} say otherwise (.ci/run sets them on a fresh machine).
 */
public final class MariaDbTestDatabase implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 3306;

    private final String name;
    private final String user;
    private final String password;

    private MariaDbTestDatabase(String name, String user, String password) {
        this.name = name;
        this.user = user;
        this.password = password;
    }

    /** Creates {@code danvan_it_<random>} (utf8mb4). */
    public static MariaDbTestDatabase create() {
        String user = envOr("DANVAN_TEST_MARIADB_USER", "root");
        String password = envOr("DANVAN_TEST_MARIADB_PASSWORD", "");
        String name = "danvan_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        MariaDbTestDatabase database = new MariaDbTestDatabase(name, user, password);
        database.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return database;
    }

    public String name() {
        return name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** {@code jdbc:mariadb://127.0.0.1:3306/<name>} */
    public String jdbcUrl() {
        return "jdbc:mariadb://" + HOST + ":" + PORT + "/" + name;
    }

    /** Drops the database. */
    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name);
    }

    private void execute(String sql) {
        String serverUrl = "jdbc:mariadb://" + HOST + ":" + PORT + "/";
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + serverUrl + " as " + user + ": " + e.getMessage()
                    + " - the distribution tests need a MariaDB server there (.ci/run starts one)", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
