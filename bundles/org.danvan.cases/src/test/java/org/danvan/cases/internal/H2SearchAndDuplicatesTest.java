package org.danvan.cases.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** {@link SearchAndDuplicatesContract} on H2, the default embedded database. */
class H2SearchAndDuplicatesTest extends SearchAndDuplicatesContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.h2();
    }
}
