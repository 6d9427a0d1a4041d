package org.danvan.audit.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.danvan.audit.internal.model.AuditRecord;
import org.danvan.audit.internal.model.UtcTimeText;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.persistence.api.EntityStore;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Reads the trail for the viewer and the console, newest first. Every criterion is a condition on an indexed column
 * (action and login prefix/equality, target type and id, time); the action prefix becomes an escaped
 * {@code LIKE 'prefix%'}, which both databases answer from the index.
 */
final class AuditQueries {

    /** Not the backslash: MariaDB reads a backslash in a string literal as an escape itself. */
    private static final char LIKE_ESCAPE = '!';

    private final EntityStore store;

    AuditQueries(EntityStore store) {
        this.store = store;
    }

    List<AuditRecord> find(AuditFilter filter, int offset, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        return store.read(em -> {
            var query = em.createQuery("SELECT e FROM AuditRecord e" + where + " ORDER BY e.seq DESC",
                    AuditRecord.class);
            bind(query, parameters);
            return query.setFirstResult(offset).setMaxResults(limit).getResultList();
        });
    }

    long count(AuditFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        return store.read((EntityManager em) -> {
            var query = em.createQuery("SELECT COUNT(e) FROM AuditRecord e" + where, Long.class);
            bind(query, parameters);
            return query.getSingleResult();
        });
    }

    private static String where(AuditFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (filter.actionPrefix() != null && !filter.actionPrefix().isEmpty()) {
            where.append(" AND e.action LIKE :actionPrefix ESCAPE '").append(LIKE_ESCAPE).append('\'');
            parameters.put("actionPrefix", escapeLike(filter.actionPrefix()) + "%");
        }
        condition(where, parameters, "e.actorLogin =", "actorLogin", filter.actorLogin());
        condition(where, parameters, "e.targetType =", "targetType", filter.targetType());
        condition(where, parameters, "e.targetId =", "targetId", filter.targetId());
        condition(where, parameters, "e.at >=", "from", utc(filter.from()));
        condition(where, parameters, "e.at <", "to", utc(filter.to()));
        return where.isEmpty() ? "" : " WHERE" + where.substring(" AND".length());
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String test, String name,
            Object value) {
        if (value != null) {
            where.append(" AND ").append(test).append(" :").append(name);
            parameters.put(name, value);
        }
    }

    private static void bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
    }

    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /**
     * Stored times are UTC texts in whole microseconds, compared as text (fixed width: text order is time order), so
     * a bound is rounded up to the next whole microsecond: for such times {@code at >= b} and {@code at < b} mean the
     * same before and after rounding.
     */
    static String utc(Instant instant) {
        if (instant == null) {
            return null;
        }
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        return UtcTimeText.format(LocalDateTime.ofInstant(
                micros.equals(instant) ? micros : micros.plus(1, ChronoUnit.MICROS), ZoneOffset.UTC));
    }
}
