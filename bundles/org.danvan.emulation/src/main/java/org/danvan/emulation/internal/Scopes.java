package org.danvan.emulation.internal;

import org.danvan.platform.api.security.AccessScope;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** A query restricted to the units of a scope (the scope itself: {@code AccessControl.scopeOfAny}). */
final class Scopes {

    private Scopes() {
    }

    /** {@code select FROM entity alias [WHERE alias.unitId IN scope] order}, {@code from} like "EmModel m". */
    static <T> TypedQuery<T> inScope(EntityManager em, String select, String from, Class<T> type, AccessScope scope,
            String order) {
        if (scope.unrestricted()) {
            return em.createQuery(select + " FROM " + from + order, type);
        }
        String alias = from.substring(from.indexOf(' ') + 1);
        return em.createQuery(select + " FROM " + from + " WHERE " + alias + ".unitId IN :units" + order, type)
                .setParameter("units", scope.unitIds());
    }
}
