package org.danvan.identity.internal.access;

import org.danvan.platform.api.security.Roles;
import org.danvan.identity.internal.model.Role;

import jakarta.persistence.EntityManager;

/** Creates the default roles of {@link Roles} that the database lacks; their permissions come from contributions. */
public final class BuiltInRoles {

    private BuiltInRoles() {
    }

    /** Persists the missing built-in roles (empty); returns how many were created. */
    public static int ensure(EntityManager em) {
        int created = 0;
        for (String id : Roles.ALL) {
            if (em.find(Role.class, id) == null) {
                em.persist(new Role(id, null, true));
                created++;
            }
        }
        return created;
    }
}
