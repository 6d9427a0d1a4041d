package org.danvan.platform.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the persistence service (PID {@code org.danvan.platform.persistence}). */
@ObjectClassDefinition(id = PersistenceServiceImpl.PID, name = "DanVan persistence",
        description = "Liquibase migrations and EclipseLink persistence units on the platform DataSource")
@interface PersistenceConfiguration {

    /**
     * A Liquibase changelog lock older than this is taken to be left behind by a process that died while migrating,
     * and is released. Keep it longer than the slowest migration of any bundle.
     */
    @AttributeDefinition(name = "Stale changelog lock (minutes)",
            description = "A DATABASECHANGELOGLOCK entry older than this is released at startup; must exceed the "
                    + "longest migration. Startup waits at most this long plus one minute for a live lock.", min = "1")
    int staleChangelogLockMinutes() default 5;
}
