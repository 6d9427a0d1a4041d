package org.danvan.grassroots.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** Who reads what: the union of the scopes of several permissions, and a unit's subtree within a scope. */
final class Readers {

    private Readers() {
    }

    /** Where the user holds any of the permissions. */
    static AccessScope scope(AccessControl access, UserPrincipal user, String... permissions) {
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

    /** The unit and its current subtree, as far as the scope covers them. */
    static Set<Long> subtreeWithin(OrgUnitDirectory units, long unitId, AccessScope scope) {
        Set<Long> found = new HashSet<>();
        Deque<Long> queue = new ArrayDeque<>();
        queue.add(unitId);
        while (!queue.isEmpty()) {
            long id = queue.poll();
            if (found.add(id)) {
                units.children(id).stream().map(OrgUnitInfo::id).forEach(queue::add);
            }
        }
        found.removeIf(id -> !scope.covers(id));
        return found;
    }
}
