package org.danvan.reception.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** The book contract on H2, the default embedded database. */
class H2BookTest extends BookContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.h2();
    }
}
