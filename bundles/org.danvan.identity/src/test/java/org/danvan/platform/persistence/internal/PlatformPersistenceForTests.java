package org.danvan.platform.persistence.internal;

import java.time.Duration;

import javax.sql.DataSource;

import org.danvan.platform.persistence.api.PersistenceService;

/**
 * Test-only bridge to the platform's real persistence service (Liquibase migration, EclipseLink factory, unit of
 * work) outside OSGi. It lives in the service's package because its DataSource constructor is package-private; if
 * that constructor changes, this fails to compile rather than silently testing something else.
 */
public final class PlatformPersistenceForTests {

    private PlatformPersistenceForTests() {
    }

    public static PersistenceService on(DataSource dataSource) {
        return new PersistenceServiceImpl(dataSource, Duration.ofMinutes(5), Duration.ofSeconds(30));
    }
}
