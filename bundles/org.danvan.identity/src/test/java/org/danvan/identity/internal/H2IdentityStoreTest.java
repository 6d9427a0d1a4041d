package org.danvan.identity.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** The identity store on H2, the default embedded database. */
class H2IdentityStoreTest extends IdentityStoreContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.h2();
    }
}
