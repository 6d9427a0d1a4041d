package org.danvan.procedures.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.cases.api.CaseNumberLookup;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.Records;
import org.danvan.procedures.api.ProcedureDraft;
import org.danvan.procedures.api.ProcedurePermissions;
import org.danvan.procedures.api.ProcedureRegister;
import org.danvan.rules.api.RuleTable;

import jakarta.persistence.EntityManager;

/** What every service of the module works with: the persistence unit, the platform's services and the clock. */
record Context(EntityStore store, AccessControl access, OrgUnitDirectory units, AuditTrail audit, RuleTable rules,
        WorkingCalendar calendar, CaseNumberLookup cases, Clock clock) {

    LocalDate today() {
        return PlatformTime.today(clock);
    }

    /** Where the user may read the module's records: any of view, manage, decide. */
    AccessScope readScope(UserPrincipal user) {
        return access.scopeOfAny(user, ProcedurePermissions.VIEW, ProcedurePermissions.MANAGE,
                ProcedurePermissions.DECIDE);
    }

    boolean mayRead(UserPrincipal user, long unitId) {
        return readScope(user).covers(unitId);
    }

    /** The unit and its current subtree, as far as the user may read them. */
    Set<Long> readableSubtree(UserPrincipal user, long unitId) {
        return readScope(user).coveredOf(units.currentSubtree(unitId));
    }

    void requireUnit(long unitId) {
        if (units.find(unitId).isEmpty()) {
            throw ValidationException.of("unitId", ProcedureDraft.UNIT_REQUIRED);
        }
    }

    /** The entity, or the refusal "gone" when another user removed it meanwhile. */
    static <T> T found(EntityManager em, Class<T> type, long id) {
        return Records.found(em, type, id, ProcedureRegister.GONE);
    }

    void audited(String action, UserPrincipal user, String type, long id, Long unitId, Map<String, String> details) {
        audit.record(AuditEvent.by(user, action, type, id, unitId, details));
    }
}
