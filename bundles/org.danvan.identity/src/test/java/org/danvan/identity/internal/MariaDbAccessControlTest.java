package org.danvan.identity.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

class MariaDbAccessControlTest extends AccessControlContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }
}
