package org.danvan.emulation.internal;

import java.util.HashSet;
import java.util.Set;

import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** Where a user reads: the union of several permissions' scopes, and a query restricted to it. */
final class Scopes {

    private Scopes() {
    }

    static AccessScope union(AccessControl access, UserPrincipal user, String... permissions) {
        Set<Long> units = new HashSet<>();
        for (String permission : permissions) {
            AccessScope scope = access.scope(user, permission);
            if (scope.unrestricted()) {
                return scope;
            }
            units.addAll(scope.unitIds());
        }
        return AccessScope.of(units);
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
