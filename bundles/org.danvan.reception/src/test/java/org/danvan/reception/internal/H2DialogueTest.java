package org.danvan.reception.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** The dialogue contract on H2, the default embedded database. */
class H2DialogueTest extends DialogueContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.h2();
    }
}
