package org.danvan.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.rules.api.RuleTable;
import org.danvan.supervision.api.ProgrammeDraft;
import org.danvan.supervision.api.SupervisionPermissions;
import org.danvan.supervision.api.SupervisionService;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** What every service of the module works with: the persistence unit, the platform's services and the clock. */
record Context(EntityStore store, AccessControl access, OrgUnitDirectory units, AuditTrail audit, RuleTable rules,
        Clock clock) {

    LocalDate today() {
        return PlatformTime.today(clock);
    }

    /** A day as refusals show it ({@code 04/05/2026}). */
    static String shown(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** A required text, stripped; when empty or longer than {@code max}, the violation is added. */
    static String requiredText(List<Violation> problems, String field, String text, int max, String key) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            problems.add(Violation.of(field, key, max));
        }
        return stripped;
    }

    /** Where the user may read the module's records: any of its permissions. */
    AccessScope readScope(UserPrincipal user) {
        return access.scopeOfAny(user, SupervisionPermissions.VIEW, SupervisionPermissions.MANAGE,
                SupervisionPermissions.ANSWER);
    }

    /** The unit and its current subtree, as far as the user may read them. */
    Set<Long> readableSubtree(UserPrincipal user, long unitId) {
        return readScope(user).coveredOf(units.currentSubtree(unitId));
    }

    String unitName(long unitId) {
        return units.find(unitId).map(OrgUnitInfo::name)
                .orElseThrow(() -> ValidationException.of("unitId", ProgrammeDraft.UNIT_REQUIRED));
    }

    /** The entity, or the refusal "gone" when another user removed it meanwhile. */
    static <T> T found(EntityManager em, Class<T> type, long id) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw ValidationException.of(null, SupervisionService.GONE);
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
