package org.danvan.cases.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** {@link LifecycleContract} on MariaDB, the production database. */
class MariaDbLifecycleTest extends LifecycleContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }
}
