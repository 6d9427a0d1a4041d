package org.danvan.rest.internal.tokens;

import java.util.Set;

import org.danvan.platform.api.security.UserPrincipal;

/**
 * Who a valid token lets act: the owner, with the permissions of the token's scope the owner still holds.
 *
 * @param tokenId the token's database id
 * @param publicId the token's public id
 * @param user the owner, its permissions narrowed to the effective scope
 * @param scope the effective scope
 */
public record Bearer(long tokenId, String publicId, UserPrincipal user, Set<String> scope) {

    public Bearer {
        scope = Set.copyOf(scope);
    }

    /** Whether the token may be used for an operation needing a permission ({@code null}: any). */
    public boolean allows(String permission) {
        return permission == null || scope.contains(permission);
    }
}
