package org.danvan.noticeboard.internal;

/** The notice service on MariaDB, in a database whose default character set is latin1. */
class MariaDbNoticeServiceTest extends NoticeServiceContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
