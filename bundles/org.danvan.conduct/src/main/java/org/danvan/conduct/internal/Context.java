package org.danvan.conduct.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.conduct.api.InspectionDraft;
import org.danvan.conduct.api.ConductPermissions;
import org.danvan.conduct.api.ConductService;
import org.danvan.rules.api.RuleTable;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** What every service of the module works with: the persistence unit, the platform's services and the clock. */
record Context(EntityStore store, AccessControl access, OrgUnitDirectory units, AuditTrail audit, RuleTable rules,
        WorkingCalendar calendar, CaseLookup cases, Clock clock) {

    LocalDate today() {
        return PlatformTime.today(clock);
    }

    /**
     * A required text, stripped; when it is empty or longer than {@code max}, the violation (with {@code max} as its
     * argument) is added to {@code problems}.
     */
    static String requiredText(List<Violation> problems, String field, String text, int max, String key) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            problems.add(Violation.of(field, key, max));
        }
        return stripped;
    }

    /** Where the user may read the module's records: any of view, manage, decide. */
    AccessScope readScope(UserPrincipal user) {
        return access.scopeOfAny(user, ConductPermissions.VIEW, ConductPermissions.MANAGE,
                ConductPermissions.DECIDE);
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
            throw ValidationException.of("unitId", InspectionDraft.UNIT_REQUIRED);
        }
    }

    /** The entity, or the refusal "gone" when another user removed it meanwhile. */
    static <T> T found(EntityManager em, Class<T> type, long id) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw ValidationException.of(null, ConductService.GONE);
        }
        return entity;
    }

    static void expectVersion(long actual, long expected, String what) {
        if (actual != expected) {
            throw new OptimisticLockException(what + " changed meanwhile");
        }
    }

    void audited(String action, UserPrincipal user, String type, long id, Long unitId, Map<String, String> details) {
        audit.record(new AuditEvent(action, user.login(), user.userId(), type, Long.toString(id), unitId, details,
                null));
    }
}
