package org.danvan.cases.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** {@link SearchAndDuplicatesContract} on MariaDB, the production database. */
class MariaDbSearchAndDuplicatesTest extends SearchAndDuplicatesContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }
}
