package org.danvan.noticeboard.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** The notice service on MariaDB, in a database whose default character set is latin1. */
class MariaDbNoticeServiceTest extends NoticeServiceContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }
}
