package org.danvan.calendar.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** The calendar store on H2, the default embedded database. */
class H2CalendarStoreTest extends CalendarStoreContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.h2();
    }
}
