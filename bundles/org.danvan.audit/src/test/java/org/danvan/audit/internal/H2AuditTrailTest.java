package org.danvan.audit.internal;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** The audit trail on H2, the default embedded database. */
class H2AuditTrailTest extends AuditTrailContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.h2();
    }
}
