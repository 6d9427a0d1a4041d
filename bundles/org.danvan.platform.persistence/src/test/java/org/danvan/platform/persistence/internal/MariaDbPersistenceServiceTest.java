package org.danvan.platform.persistence.internal;

/** The persistence service on MariaDB at 127.0.0.1:3306 (started if needed; the test fails when there is none). */
class MariaDbPersistenceServiceTest extends AbstractPersistenceServiceTest {

    @Override
    TestDatabase createDatabase() {
        return new MariaDbTestDatabase();
    }
}
