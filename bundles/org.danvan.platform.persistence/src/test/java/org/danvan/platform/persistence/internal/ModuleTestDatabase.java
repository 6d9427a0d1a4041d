package org.danvan.platform.persistence.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;

/**
 * A real database for the tests of module bundles, used through the platform's own persistence service (the code
 * that runs in Karaf: Liquibase migration, EclipseLink factory, unit of work) outside OSGi. Shipped in this bundle's
 * test jar; module bundles depend on it with {@code <type>test-jar</type>}.
 */
public final class ModuleTestDatabase implements PersistenceService, AutoCloseable {

    private final TestDatabase database;
    private final PersistenceService persistence;
    private final List<EntityStore> stores = new ArrayList<>();

    private ModuleTestDatabase(TestDatabase database) {
        this.database = database;
        this.persistence = new PersistenceServiceImpl(database.dataSource(), java.time.Duration.ofMinutes(5),
                java.time.Duration.ofSeconds(30));
    }

    /** An H2 file database in a temporary directory, with the platform's durable URL options. */
    public static ModuleTestDatabase h2() {
        return new ModuleTestDatabase(new H2TestDatabase());
    }

    /**
     * A fresh database on the local MariaDB server, created with latin1 as its default character set so that a
     * module's changelog has to ask for utf8mb4 itself; dropped on close.
     */
    public static ModuleTestDatabase mariaDb() {
        return new ModuleTestDatabase(new MariaDbTestDatabase("latin1 COLLATE latin1_swedish_ci"));
    }

    /** The raw DataSource, for assertions in SQL. */
    public DataSource dataSource() {
        return database.dataSource();
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
        stores.add(store);
        return store;
    }

    /** Closes the units opened here (their names are unique per JVM), then removes the database. */
    @Override
    public void close() {
        try {
            stores.forEach(EntityStore::close);
        } finally {
            database.close();
        }
    }
}
