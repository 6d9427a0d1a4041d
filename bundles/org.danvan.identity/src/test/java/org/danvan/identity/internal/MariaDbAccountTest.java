package org.danvan.identity.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

class MariaDbAccountTest extends AccountContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }
}
