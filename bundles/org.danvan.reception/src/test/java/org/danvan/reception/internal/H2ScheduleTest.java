package org.danvan.reception.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** The schedule contract on H2, the default embedded database. */
class H2ScheduleTest extends ScheduleContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.h2();
    }
}
