package org.danvan.platform.persistence.internal;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.danvan.platform.persistence.api.PersistenceSetupException;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.OSGiResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a unit's schema up to date with its Liquibase changelog; skips Liquibase altogether when the changelog is
 * the one the database was last migrated with ({@link SchemaFingerprints}).
 * <p>
 * Liquibase keeps its lock services, executors and change-log history in JVM-wide singletons that one update resets
 * at its end, so two updates running at the same time in one JVM disturb each other. Updates are therefore run one
 * at a time here; {@code DATABASECHANGELOGLOCK} still guards against other processes (see {@link ChangelogLock} for
 * locks left behind by a killed process).
 */
final class LiquibaseMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseMigrator.class);

    /** One Liquibase update at a time per JVM (Liquibase's singletons are per JVM, not per DataSource). */
    private static final ReentrantLock UPDATES = new ReentrantLock();

    private final Duration staleLockAge;
    private final Duration maxLockWait;

    LiquibaseMigrator(Duration staleLockAge, Duration maxLockWait) {
        this.staleLockAge = staleLockAge;
        this.maxLockWait = maxLockWait;
    }

    /**
     * Runs the definition's changelog against the DataSource.
     *
     * @return the database product name reported by the JDBC driver
     */
    String migrate(DataSource dataSource, PersistenceUnitDefinition definition) {
        String changelog = definition.changelogPath();
        if (definition.classLoader().getResource(changelog) == null) {
            throw new PersistenceSetupException("Liquibase changelog '" + changelog + "' of persistence unit '"
                    + definition.name() + "' is not in its bundle", null);
        }
        Optional<String> fingerprint = SchemaFingerprints.of(definition.classLoader(), changelog);
        if (fingerprint.isPresent()) {
            try (Connection connection = dataSource.getConnection()) {
                if (SchemaFingerprints.matches(connection, definition.name(), changelog, fingerprint.get())) {
                    LOG.info("Liquibase changelog '{}' of persistence unit '{}' is unchanged since its last "
                            + "migration: no update needed", changelog, definition.name());
                    return connection.getMetaData().getDatabaseProductName();
                }
            } catch (SQLException e) {
                throw new PersistenceSetupException("The database cannot be reached to migrate persistence unit '"
                        + definition.name() + "': " + e.getMessage(), e);
            }
        }
        UPDATES.lock();
        try (Connection connection = dataSource.getConnection()) {
            String productName = connection.getMetaData().getDatabaseProductName();
            Scope.child(scopeValues(definition.classLoader()), () -> update(connection, definition));
            if (fingerprint.isPresent()) {
                // Liquibase closed the first connection (back to the pool)
                try (Connection again = dataSource.getConnection()) {
                    SchemaFingerprints.record(again, definition.name(), changelog, fingerprint.get());
                }
            }
            return productName;
        } catch (PersistenceSetupException e) {
            throw e;
        } catch (SQLException e) {
            throw new PersistenceSetupException("The database cannot be reached to migrate persistence unit '"
                    + definition.name() + "': " + e.getMessage(), e);
        } catch (Exception e) {
            throw new PersistenceSetupException("Liquibase changelog '" + changelog + "' of persistence unit '"
                    + definition.name() + "' failed: " + rootMessage(e), e);
        } finally {
            UPDATES.unlock();
        }
    }

    private void update(Connection connection, PersistenceUnitDefinition definition) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        LockService lockService = LockServiceFactory.getInstance().getLockService(database);
        try {
            // Taken before the update so that Liquibase's own wait (which prints to stdout and never breaks a
            // stale lock) finds it already held by us.
            new ChangelogLock(database, lockService, staleLockAge, maxLockWait).acquire(definition.name());
            long started = System.nanoTime();
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, definition.changelogPath())
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.SUMMARY)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute();
            LOG.info("Liquibase changelog '{}' of persistence unit '{}' is up to date ({} ms)",
                    definition.changelogPath(), definition.name(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            cleanUp(database, lockService, definition.name());
        }
    }

    private static void cleanUp(Database database, LockService lockService, String unitName) {
        try {
            // the update releases the lock itself; this covers failures before it got that far
            if (lockService.hasChangeLogLock()) {
                lockService.releaseLock();
            }
        } catch (Exception e) {
            LOG.warn("Persistence unit '{}': could not release the Liquibase changelog lock", unitName, e);
        }
        LockServiceFactory.getInstance().resetAll();
        try {
            // also drops Liquibase's cached executor for this database; the caller closes the pooled connection again,
            // which the pool ignores
            database.close();
        } catch (Exception e) {
            LOG.debug("Persistence unit '{}': closing Liquibase's database failed", unitName, e);
        }
    }

    private static Map<String, Object> scopeValues(ClassLoader unitClassLoader) {
        Map<String, Object> values = new HashMap<>();
        values.put(Scope.Attr.resourceAccessor.name(), resourceAccessor(unitClassLoader));
        // Liquibase's own services are found through its own class loader, whatever the thread's context loader is.
        values.put(Scope.Attr.classLoader.name(), Scope.class.getClassLoader());
        values.put(Scope.Attr.logService.name(), new Slf4jLiquibaseLogService());
        // The default console UI writes to System.out; in Karaf everything goes to the log.
        values.put(Scope.Attr.ui.name(), new LoggerUIService());
        // Liquibase otherwise asks a remote endpoint whether to send usage data: no calls home from a government server.
        values.put(AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
        return values;
    }

    /** OSGiResourceAccessor for a bundle's class loader, the plain class-loader accessor elsewhere (unit tests). */
    static ResourceAccessor resourceAccessor(ClassLoader unitClassLoader) {
        if (unitClassLoader instanceof BundleReference) {
            Bundle bundle = ((BundleReference) unitClassLoader).getBundle();
            if (bundle != null) {
                return new OSGiResourceAccessor(bundle);
            }
        }
        return new ClassLoaderResourceAccessor(unitClassLoader);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }
}
