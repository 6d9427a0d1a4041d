package org.danvan.noticeboard.internal;

/** The notice service on H2. */
class H2NoticeServiceTest extends NoticeServiceContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
