package org.danvan.platform.api.audit;

import java.util.Map;
import java.util.Objects;

import org.danvan.platform.api.security.UserPrincipal;

/**
 * Something to write to the audit trail. The trail adds the time and the chain hash.
 *
 * @param action dotted action id, prefixed by the module, e.g. {@code identity.login.failed},
 *            {@code case.unmask}, {@code noticeboard.notice.updated}
 * @param actorLogin login of the user who acted, or {@code system} for jobs
 * @param actorUserId id of that user, {@code null} for the system or an unknown login
 * @param targetType kind of record acted on, e.g. {@code user}, {@code case}; {@code null} if none
 * @param targetId id of that record as text; {@code null} if none
 * @param unitId id of the org unit owning the record (for filtering), {@code null} if none
 * @param details what changed or why: field name to value, e.g. {@code "role" -> "inspector"},
 *            {@code "reason" -> "..."}; never passwords or protected identity data in clear
 * @param remoteAddress client address when known, else {@code null}
 */
public record AuditEvent(String action, String actorLogin, Long actorUserId, String targetType, String targetId,
        Long unitId, Map<String, String> details, String remoteAddress) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actorLogin, "actorLogin");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** An event without target, unit or address. */
    public static AuditEvent of(String action, String actorLogin, Long actorUserId, Map<String, String> details) {
        return new AuditEvent(action, actorLogin, actorUserId, null, null, null, details, null);
    }

    /**
     * What a signed-in user did to a record of a unit.
     *
     * @param targetId the record's id
     * @since 1.1.0
     */
    public static AuditEvent by(UserPrincipal user, String action, String targetType, long targetId, Long unitId,
            Map<String, String> details) {
        return new AuditEvent(action, user.login(), user.userId(), targetType, Long.toString(targetId), unitId,
                details, null);
    }
}
