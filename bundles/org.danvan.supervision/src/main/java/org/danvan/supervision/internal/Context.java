package org.danvan.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.Records;
import org.danvan.rules.api.RuleTable;
import org.danvan.supervision.api.ProgrammeDraft;
import org.danvan.supervision.api.SupervisionPermissions;
import org.danvan.supervision.api.SupervisionService;

import jakarta.persistence.EntityManager;

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
        return Records.found(em, type, id, SupervisionService.GONE);
    }

    void audited(String action, UserPrincipal user, String type, long id, Long unitId, Map<String, String> details) {
        audit.record(AuditEvent.by(user, action, type, id, unitId, details));
    }
}
