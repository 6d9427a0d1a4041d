package org.danvan.cases.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** {@link OnlineIntakeContract} on H2, the default embedded database. */
class H2OnlineIntakeTest extends OnlineIntakeContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.h2();
    }
}
