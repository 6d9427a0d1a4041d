package org.danvan.platform.persistence.api;

import java.util.List;
import java.util.Objects;

/**
 * What a bundle needs from the database: its entity classes and its Liquibase changelog.
 *
 * @param name persistence unit name, unique across bundles, e.g. {@code noticeboard}
 * @param classLoader the owning bundle's class loader (entity classes and the changelog are loaded through it)
 * @param managedClasses the bundle's entity classes (no classpath scanning in OSGi)
 * @param changelogPath path of the Liquibase master changelog inside the bundle, e.g.
 *            {@code db/noticeboard/changelog.xml}; unique across bundles because Liquibase identifies change
 *            sets by path
 */
public record PersistenceUnitDefinition(String name, ClassLoader classLoader, List<Class<?>> managedClasses,
        String changelogPath) {

    public PersistenceUnitDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(changelogPath, "changelogPath");
        managedClasses = List.copyOf(managedClasses);
    }

    /** A definition whose class loader is the one of the first managed class. */
    public static PersistenceUnitDefinition of(String name, String changelogPath, Class<?>... managedClasses) {
        return new PersistenceUnitDefinition(name, managedClasses[0].getClassLoader(), List.of(managedClasses),
                changelogPath);
    }
}
