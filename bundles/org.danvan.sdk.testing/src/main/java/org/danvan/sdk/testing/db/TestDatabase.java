package org.danvan.sdk.testing.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.danvan.platform.persistence.internal.PersistenceServiceImpl;

/**
 * A real, empty database for one test, used through the platform's own {@link PersistenceService} — the code that
 * runs in Karaf: the Liquibase migration of your changelog, the EclipseLink factory of your entities, the unit of
 * work — outside OSGi. Hand it to your service as its {@code PersistenceService}; {@link #close()} closes the units
 * opened on it and removes the database.
 *
 * <pre>{@code
 * @OnEveryDatabase
 * class NoticeServiceTest {
 *     @BeforeEach
 *     void start(TestDatabase database) {
 *         service = new NoticeServiceImpl(database, access, audit, clock);
 *     }
 * }
 * }</pre>
 *
 * Or without the extension: {@code try (TestDatabase db = TestDatabase.create(DatabaseKind.H2)) { ... }}.
 */
public final class TestDatabase implements PersistenceService, AutoCloseable {

    private final DatabaseKind kind;
    private final ServerDatabase server;
    private final PersistenceService persistence;
    private final List<EntityStore> stores = new ArrayList<>();

    private TestDatabase(DatabaseKind kind, ServerDatabase server) {
        this.kind = kind;
        this.server = server;
        this.persistence = PersistenceServiceImpl.standalone(server.dataSource());
    }

    /** A fresh database of a kind. */
    public static TestDatabase create(DatabaseKind kind) {
        return new TestDatabase(kind, switch (kind) {
            case H2 -> ServerDatabase.h2();
            case MARIADB -> ServerDatabase.mariaDb("latin1 COLLATE latin1_swedish_ci");
        });
    }

    /** A fresh H2 file database in a temporary folder. */
    public static TestDatabase h2() {
        return create(DatabaseKind.H2);
    }

    /** A fresh database on the local MariaDB server (started if installed but not running; never skipped). */
    public static TestDatabase mariaDb() {
        return create(DatabaseKind.MARIADB);
    }

    /** Which database this is. */
    public DatabaseKind kind() {
        return kind;
    }

    /** The pooled DataSource, for assertions in plain SQL. */
    public DataSource dataSource() {
        return server.dataSource();
    }

    @Override
    public Optional<Connection> currentTransaction() {
        return persistence.currentTransaction();
    }

    @Override
    public String databaseProductName() {
        return persistence.databaseProductName();
    }

    @Override
    public EntityStore open(PersistenceUnitDefinition definition) {
        EntityStore store = persistence.open(definition);
        synchronized (stores) {
            stores.add(store);
        }
        return store;
    }

    /** Runs a query in plain JDBC and returns the first column of every row. */
    public List<Object> column(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            List<Object> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getObject(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The number of rows of a table. */
    public long count(String table) {
        return ((Number) column("SELECT COUNT(*) FROM " + table).get(0)).longValue();
    }

    /** Runs an update in plain JDBC (committed) and returns the row count, e.g. to simulate another writer. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            int rows = statement.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** Closes the units opened here (their names are unique per JVM), then removes the database. */
    @Override
    public void close() {
        try {
            synchronized (stores) {
                stores.forEach(EntityStore::close);
                stores.clear();
            }
        } finally {
            server.close();
        }
    }

    @Override
    public String toString() {
        return kind.productName();
    }
}
