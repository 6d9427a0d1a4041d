package org.danvan.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.persistence.api.EntityStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;

/**
 * Writes the identity core's events to the platform audit trail. Administrative changes are recorded in the unit of
 * work that makes them ({@link #recorded}): the change and its entry commit together, and a failure to write rolls the
 * change back and reaches the administrator. Login events never block a login (the failure is logged instead), since
 * an audit outage must not lock every user out.
 */
public final class IdentityAudit {

    /** Actor of events without a signed-in user. */
    public static final String SYSTEM = "system";

    private static final Logger LOG = LoggerFactory.getLogger(IdentityAudit.class);
    private static final int MAX_TEXT = 255;

    private final AuditTrail trail;

    public IdentityAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Details as alternating names and values; {@code null} values are left out. */
    public static Map<String, String> details(Object... nameValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                details.put(String.valueOf(nameValues[i]), clip(String.valueOf(nameValues[i + 1])));
            }
        }
        return details;
    }

    /**
     * Runs a change and then records it, last in the same unit of work: the entry joins the transaction, so both commit
     * or neither does.
     *
     * @param record writes the entry of the change's result, e.g. with {@link #change}
     */
    public static <T> T recorded(EntityStore store, Function<EntityManager, T> change, Consumer<T> record) {
        return store.inTransaction(em -> {
            T result = change.apply(em);
            record.accept(result);
            return result;
        });
    }

    /** An administrative change by a signed-in user; throws if the trail cannot store it. */
    public void change(UserPrincipal actor, String action, String targetType, Object targetId, Long unitId,
            Map<String, String> details) {
        trail.record(new AuditEvent(action, actor.login(), actor.userId(), targetType,
                targetId == null ? null : String.valueOf(targetId), unitId, details, null));
    }

    /** A change by a user or, with actor {@link #SYSTEM}, by the server itself; throws if the trail cannot store it. */
    public void system(String actorLogin, Long actorUserId, String action, String targetType, Object targetId,
            Map<String, String> details) {
        trail.record(new AuditEvent(action, actorLogin, actorUserId, targetType,
                targetId == null ? null : String.valueOf(targetId), null, details, null));
    }

    /** A login event; never throws. */
    public void login(String action, String actorLogin, Long actorUserId, Long unitId, Map<String, String> details,
            String remoteAddress) {
        try {
            trail.record(new AuditEvent(action, clip(actorLogin == null || actorLogin.isEmpty() ? "?" : actorLogin),
                    actorUserId, "user", actorUserId == null ? null : String.valueOf(actorUserId), unitId, details,
                    remoteAddress == null ? null : clip(remoteAddress)));
        } catch (RuntimeException e) {
            LOG.error("Audit trail unavailable: {} of '{}' not recorded", action, actorLogin, e);
        }
    }

    private static String clip(String text) {
        String cleaned = text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() > MAX_TEXT ? cleaned.substring(0, MAX_TEXT) : cleaned;
    }
}
