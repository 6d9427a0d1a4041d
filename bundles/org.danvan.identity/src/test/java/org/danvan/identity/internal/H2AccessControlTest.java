package org.danvan.identity.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

class H2AccessControlTest extends AccessControlContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.h2();
    }
}
