package org.danvan.cases.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** {@link UnprocessedPetitionsContract} on the production database. */
class MariaDbUnprocessedPetitionsTest extends UnprocessedPetitionsContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }
}
