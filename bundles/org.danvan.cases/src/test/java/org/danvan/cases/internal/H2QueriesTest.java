package org.danvan.cases.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** {@link QueriesContract} on H2, the default embedded database. */
class H2QueriesTest extends QueriesContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.h2();
    }
}
