package org.danvan.identity.api;

import java.util.Set;

/**
 * A role: a named set of permissions. The label is the translation key {@code identity.role.<id>} for built-in
 * roles, otherwise {@code name}.
 *
 * @param id role id, e.g. {@code case-handler}
 * @param name display name for roles created by administrators; {@code null} for built-in roles
 * @param builtIn true for the default roles of {@link Roles}
 * @param permissions ids of the permissions the role holds
 * @param version optimistic-lock version
 */
public record RoleInfo(String id, String name, boolean builtIn, Set<String> permissions, long version) {

    public RoleInfo {
        permissions = Set.copyOf(permissions);
    }
}
