package org.danvan.identity.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

class H2AccountTest extends AccountContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.h2();
    }
}
