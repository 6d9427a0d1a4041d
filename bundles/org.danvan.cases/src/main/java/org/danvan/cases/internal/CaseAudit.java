package org.danvan.cases.internal;

import java.util.Map;

import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.UserPrincipal;

/** Writes case events to the audit trail. */
final class CaseAudit {

    private final AuditTrail audit;

    CaseAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * Records a change; called last inside the unit of work that makes it, so the entry joins that transaction: the
     * change and its entry commit together, and a failed entry rolls the change back (the exception reaches the
     * caller).
     */
    void changed(String action, UserPrincipal user, long caseId, long unitId, Map<String, String> details) {
        audit.record(event(action, user, caseId, unitId, details));
    }

    /** Records a reveal of protected data; throws if it cannot be recorded, so nothing is revealed. */
    void reveal(String action, UserPrincipal user, CaseRecord record, Map<String, String> details) {
        audit.record(event(action, user, record.getId(), record.unitId, details));
    }

    private static AuditEvent event(String action, UserPrincipal user, long caseId, long unitId,
            Map<String, String> details) {
        // the online portal acts without a user account (id 0): the trail takes no id then, only the login
        Long userId = user.userId() > 0 ? user.userId() : null;
        return new AuditEvent(action, user.login(), userId, "case", Long.toString(caseId), unitId, details, null);
    }
}
