package org.danvan.cases.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** {@link UnprocessedPetitionsContract} on the default embedded database. */
class H2UnprocessedPetitionsTest extends UnprocessedPetitionsContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.h2();
    }
}
