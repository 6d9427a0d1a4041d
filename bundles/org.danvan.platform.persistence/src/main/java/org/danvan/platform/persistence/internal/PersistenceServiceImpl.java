package org.danvan.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceSetupException;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Migrates each bundle's schema with its Liquibase changelog and builds its EclipseLink unit on the platform's pooled
 * DataSource (registered by pax-jdbc-config from {@code etc/org.ops4j.datasource-danvan.cfg}).
 */
@Component(service = PersistenceService.class, immediate = true, configurationPid = PersistenceServiceImpl.PID)
@Designate(ocd = PersistenceConfiguration.class)
public class PersistenceServiceImpl implements PersistenceService {

    static final String PID = "org.danvan.platform.persistence";

    private static final Logger LOG = LoggerFactory.getLogger(PersistenceServiceImpl.class);

    /**
     * Unit names with an open factory in this JVM. EclipseLink keeps its sessions in a static registry keyed by session
     * name and hands an existing session to a second factory of the same name and root, whatever DataSource that one
     * was given: refuse it here instead of sharing silently.
     */
    private static final Set<String> OPEN_UNITS = ConcurrentHashMap.newKeySet();

    private final DataSource dataSource;
    private final LiquibaseMigrator migrator;
    private final Set<TransactionalEntityStore> openStores = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Deque<EntityManager>> running = TransactionalEntityStore.newRunningRegistry();
    private volatile String databaseProductName;

    @Activate
    public PersistenceServiceImpl(@Reference(target = "(dataSourceName=danvan)") DataSource dataSource,
            PersistenceConfiguration configuration) {
        this(dataSource, Duration.ofMinutes(configuration.staleChangelogLockMinutes()),
                Duration.ofMinutes(configuration.staleChangelogLockMinutes() + 1L));
    }

    /**
     * The service outside OSGi, on a DataSource of the caller's, with the default lock timings: for the SDK's test kit
     * ({@code org.danvan.sdk.testing}) and tools. Not part of any exported API.
     */
    public static PersistenceServiceImpl standalone(DataSource dataSource) {
        return new PersistenceServiceImpl(dataSource, Duration.ofMinutes(5), Duration.ofMinutes(6));
    }

    PersistenceServiceImpl(DataSource dataSource, Duration staleLockAge, Duration maxLockWait) {
        this.dataSource = dataSource;
        this.migrator = new LiquibaseMigrator(staleLockAge, maxLockWait);
        // EclipseLink logs through this singleton until a unit installs its own logger: keep that off stdout too.
        AbstractSessionLog.setLog(new Slf4jSessionLog());
    }

    @Override
    public EntityStore open(PersistenceUnitDefinition definition) {
        String name = definition.name();
        if (!OPEN_UNITS.add(name)) {
            throw new PersistenceSetupException("Persistence unit '" + name + "' is already open; close it first",
                    null);
        }
        boolean opened = false;
        try {
            long started = System.nanoTime();
            String productName = migrator.migrate(dataSource, definition);
            databaseProductName = productName;
            EntityManagerFactory factory = new EntityManagerFactoryBuilder(dataSource, productName).build(definition);
            TransactionalEntityStore store = new TransactionalEntityStore(name, factory, this::closed, running);
            openStores.add(store);
            opened = true;
            LOG.info("Persistence unit '{}' ready on {} in {} ms", name, productName,
                    (System.nanoTime() - started) / 1_000_000);
            return store;
        } catch (PersistenceSetupException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new PersistenceSetupException("Persistence unit '" + name + "' could not be built: " + e, e);
        } finally {
            if (!opened) {
                OPEN_UNITS.remove(name);
            }
        }
    }

    @Override
    public Optional<Connection> currentTransaction() {
        return TransactionalEntityStore.currentConnection(running);
    }

    @Override
    public String databaseProductName() {
        String name = databaseProductName;
        if (name == null) {
            try (Connection connection = dataSource.getConnection()) {
                name = connection.getMetaData().getDatabaseProductName();
                databaseProductName = name;
            } catch (SQLException e) {
                throw new PersistenceSetupException("The database cannot be reached: " + e.getMessage(), e);
            }
        }
        return name;
    }

    @Deactivate
    void deactivate() {
        // Stores outlive us only when an owner forgot to close one; their DataSource is going away.
        for (TransactionalEntityStore store : openStores) {
            LOG.warn("Persistence unit '{}' was still open when the persistence service stopped; closing it",
                    store.unitName());
            store.close();
        }
    }

    private void closed(TransactionalEntityStore store) {
        openStores.remove(store);
        OPEN_UNITS.remove(store.unitName());
    }
}
