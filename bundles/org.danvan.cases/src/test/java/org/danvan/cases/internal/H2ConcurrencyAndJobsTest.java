package org.danvan.cases.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** {@link ConcurrencyAndJobsContract} on H2, the default embedded database. */
class H2ConcurrencyAndJobsTest extends ConcurrencyAndJobsContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.h2();
    }
}
