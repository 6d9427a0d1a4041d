package org.danvan.cases.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** {@link ConcurrencyAndJobsContract} on MariaDB, the production database. */
class MariaDbConcurrencyAndJobsTest extends ConcurrencyAndJobsContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }
}
