package org.danvan.identity.internal;

/** The identity store on H2, the default embedded database. */
class H2IdentityStoreTest extends IdentityStoreContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
