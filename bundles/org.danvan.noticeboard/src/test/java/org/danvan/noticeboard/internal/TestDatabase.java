package org.danvan.noticeboard.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.danvan.platform.persistence.internal.PlatformPersistenceForTests;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A real database for tests, used through the platform's own persistence service (the code that runs in Karaf:
 * Liquibase migration, EclipseLink factory, unit of work): H2 in memory, or a fresh MariaDB database created with
 * latin1 as its default character set (so the changelog has to ask for utf8mb4 itself), dropped on close.
 */
public final class TestDatabase implements PersistenceService, AutoCloseable {

    private static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String MARIADBD = "/usr/sbin/mariadbd";

    private final HikariDataSource dataSource;
    private final PersistenceService persistence;
    private final Runnable dropper;
    private final List<EntityStore> stores = new ArrayList<>();

    private TestDatabase(String url, String user, Runnable dropper) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword("");
        config.setMaximumPoolSize(4);
        this.dataSource = new HikariDataSource(config);
        this.persistence = PlatformPersistenceForTests.on(dataSource);
        this.dropper = dropper;
    }

    /** A private in-memory H2 database. */
    public static TestDatabase h2() {
        return new TestDatabase("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", () -> {
        });
    }

    /**
     * A fresh database on the local MariaDB server (127.0.0.1:3306, root, empty password). Starts the server with
     * start-stop-daemon if nothing answers; fails the test (never skips it) if there is still none.
     */
    public static TestDatabase mariaDb() {
        String name = "danvan_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name + " CHARACTER SET latin1 COLLATE latin1_swedish_ci");
        return new TestDatabase(MARIADB_SERVER + name, "root", () -> execute("DROP DATABASE IF EXISTS " + name));
    }

    private static void execute(String sql) {
        try (Connection c = serverConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static synchronized Connection serverConnection() throws SQLException {
        try {
            return DriverManager.getConnection(MARIADB_SERVER + "?connectTimeout=2000", "root", "");
        } catch (SQLException first) {
            try {
                new ProcessBuilder("start-stop-daemon", "--start", "--oknodo", "--background", "--exec", MARIADBD)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (Exception e) {
                first.addSuppressed(e);
            }
            SQLException last = first;
            for (int attempt = 0; attempt < 60; attempt++) {
                try {
                    return DriverManager.getConnection(MARIADB_SERVER + "?connectTimeout=2000", "root", "");
                } catch (SQLException e) {
                    last = e;
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            throw new SQLException("MariaDB does not answer on 127.0.0.1:3306 as root without password, even after "
                    + "'start-stop-daemon --start --oknodo --background --exec " + MARIADBD + "'; the MariaDB "
                    + "tests need it", last);
        }
    }

    /** The raw DataSource, for assertions in SQL. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String databaseProductName() {
        return persistence.databaseProductName();
    }

    @Override
    public EntityStore open(PersistenceUnitDefinition definition) {
        EntityStore store = persistence.open(definition);
        stores.add(store);
        return store;
    }

    /** Closes the units opened here (their names are unique per JVM), the pool, then drops the database. */
    @Override
    public void close() {
        try {
            stores.forEach(EntityStore::close);
            dataSource.close();
        } finally {
            dropper.run();
        }
    }
}
