package org.danvan.emulation.internal;

import java.util.Map;

import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.UserPrincipal;

/** The module's entries in the platform's audit trail; called last inside the transaction of the change. */
final class Auditor {

    private final AuditTrail trail;

    Auditor(AuditTrail trail) {
        this.trail = trail;
    }

    void record(String action, UserPrincipal user, String type, long id, Long unitId, Map<String, String> details) {
        trail.record(new AuditEvent(action, user.login(), user.userId(), type, Long.toString(id), unitId, details,
                null));
    }
}
