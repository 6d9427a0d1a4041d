package org.danvan.grassroots.internal;

import org.danvan.platform.api.security.AccessScope;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** A query over the rows of the units a scope covers. */
final class Readers {

    private Readers() {
    }

    /**
     * A query over one entity's rows in the units of a scope: {@code select FROM entity alias [WHERE alias.unitId IN
     * scope] order}.
     *
     * @param from the entity and its alias, e.g. {@code "Matter m"}
     */
    static <T> TypedQuery<T> inScope(EntityManager em, String select, String from, Class<T> type, AccessScope scope,
            String order) {
        String alias = from.substring(from.indexOf(' ') + 1);
        String where = scope.unrestricted() ? "" : " WHERE " + alias + ".unitId IN :units";
        TypedQuery<T> query = em.createQuery(select + " FROM " + from + where + order, type);
        return scope.unrestricted() ? query : query.setParameter("units", scope.unitIds());
    }
}
