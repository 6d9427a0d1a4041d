package org.danvan.audit.internal;

import java.time.Clock;

import org.danvan.platform.persistence.api.EntityStore;

/** For tests in other packages: a trail on a store the test opened. */
public final class TestTrails {

    private TestTrails() {
    }

    public static AuditTrailService on(EntityStore store) {
        return new AuditTrailService(store, Clock.systemUTC(), AuditTrailService.VERIFY_PAGE_SIZE);
    }
}
