package org.danvan.noticeboard.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** The notice service on H2. */
class H2NoticeServiceTest extends NoticeServiceContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.h2();
    }
}
