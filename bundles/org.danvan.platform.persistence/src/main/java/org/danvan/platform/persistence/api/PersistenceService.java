package org.danvan.platform.persistence.api;

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

    /** The product name of the database in use, e.g. {@code H2} or {@code MariaDB}, for diagnostics. */
    String databaseProductName();
}
