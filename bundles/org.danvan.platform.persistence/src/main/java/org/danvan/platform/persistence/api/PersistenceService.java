package org.danvan.platform.persistence.api;

import java.sql.Connection;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Gives each bundle its own persistence unit on the platform's DataSource. Registered only once the DataSource is
 * available, so a bundle that references it can migrate and build its unit in its activator.
 */
@ProviderType
public interface PersistenceService {

    /**
     * Brings the bundle's schema up to date with its Liquibase changelog, then builds its EntityManagerFactory.
     * The caller owns the returned store and closes it on deactivation.
     *
     * @throws PersistenceSetupException when the migration or the factory fails; nothing half-migrated is left
     *             behind (Liquibase change sets are transactional where the database allows)
     */
    EntityStore open(PersistenceUnitDefinition definition);

    /**
     * The JDBC connection of the read-write unit of work ({@link EntityStore#inTransaction}) that the calling thread is
     * running on this service's database, whichever bundle's store began it; empty outside one. Statements run on it
     * commit or roll back with that unit of work — this is how the audit trail writes an entry in the same
     * transaction as the change it records. Do not close it, commit it or change its settings. A read-only unit of
     * work ({@link EntityStore#read}) is never offered: it is always rolled back.
     *
     * @since 1.1.0
     */
    Optional<Connection> currentTransaction();

    /** The product name of the database in use, e.g. {@code H2} or {@code MariaDB}, for diagnostics. */
    String databaseProductName();
}
