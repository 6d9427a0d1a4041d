package org.danvan.cases.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** {@link AttachmentContract} on MariaDB, the production database. */
class MariaDbAttachmentTest extends AttachmentContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }
}
