package org.danvan.cases.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** {@link QueriesContract} on MariaDB, the production database. */
class MariaDbQueriesTest extends QueriesContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }
}
