package org.danvan.identity.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

class MariaDbOrgUnitTest extends OrgUnitContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }
}
