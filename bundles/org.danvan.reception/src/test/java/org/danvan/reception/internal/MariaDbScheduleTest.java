package org.danvan.reception.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** The schedule contract on MariaDB, in a fresh database whose default character set is latin1. */
class MariaDbScheduleTest extends ScheduleContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }
}
