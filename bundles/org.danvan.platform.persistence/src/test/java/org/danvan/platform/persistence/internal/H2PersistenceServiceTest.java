package org.danvan.platform.persistence.internal;

/** The persistence service on an H2 file database, the platform's default. */
class H2PersistenceServiceTest extends AbstractPersistenceServiceTest {

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase();
    }
}
