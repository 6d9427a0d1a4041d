package org.danvan.cases.internal;

import java.util.Map;

import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes case events to the audit trail. */
final class CaseAudit {

    private static final Logger LOG = LoggerFactory.getLogger(CaseAudit.class);

    private final AuditTrail audit;

    CaseAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * Records a committed change. The change stands even if the trail fails, so a failure is logged loudly
     * rather than reported to the user as if nothing had been stored.
     */
    void changed(String action, UserPrincipal user, long caseId, long unitId, Map<String, String> details) {
        try {
            audit.record(event(action, user, caseId, unitId, details));
        } catch (RuntimeException e) {
            LOG.error("Audit trail failed for committed {} on case {} by {}", action, caseId, user.login(), e);
        }
    }

    /** Records a reveal of protected data; throws if it cannot be recorded, so nothing is revealed. */
    void reveal(String action, UserPrincipal user, CaseRecord record, Map<String, String> details) {
        audit.record(event(action, user, record.getId(), record.unitId, details));
    }

    private static AuditEvent event(String action, UserPrincipal user, long caseId, long unitId,
            Map<String, String> details) {
        return new AuditEvent(action, user.login(), user.userId(), "case", Long.toString(caseId), unitId, details,
                null);
    }
}
