package org.danvan.cases.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** {@link OnlineIntakeContract} on MariaDB, the production database. */
class MariaDbOnlineIntakeTest extends OnlineIntakeContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }
}
