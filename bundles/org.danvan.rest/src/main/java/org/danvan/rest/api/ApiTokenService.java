package org.danvan.rest.api;

import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Personal access tokens: a user creates tokens that act as themselves with a subset of their permissions until a
 * day, and revokes them. Creation and revocation are audited in the transaction that makes them. Refused input
 * throws {@link org.danvan.platform.api.validation.ValidationException}, a missing permission
 * {@link org.danvan.platform.api.security.AccessDeniedException}, a token changed meanwhile
 * {@code jakarta.persistence.OptimisticLockException}.
 */
@ProviderType
public interface ApiTokenService {

    /** The longest validity of a token, in days from today. */
    int MAX_VALIDITY_DAYS = 366;

    /** The most tokens one user may have active at once. */
    int MAX_ACTIVE_PER_USER = 20;

    /** Creates a token ({@link ApiPermissions#TOKEN_MANAGE}); the result carries the token text, shown once. */
    IssuedToken create(UserPrincipal user, TokenRequest request);

    /** The user's own tokens, newest first, revoked and expired ones included. */
    List<ApiToken> mine(UserPrincipal user);

    /** Every user's tokens, newest first ({@link ApiPermissions#TOKEN_ADMIN}). */
    List<ApiToken> all(UserPrincipal admin);

    /**
     * Revokes a token: the owner's own ({@link ApiPermissions#TOKEN_MANAGE}) or anyone's
     * ({@link ApiPermissions#TOKEN_ADMIN}). Revoking a revoked token changes nothing.
     *
     * @param tokenId the token's id or public id
     */
    ApiToken revoke(UserPrincipal user, String tokenId);

    /** The permissions a user may put in a token's scope: those the user holds somewhere, sorted. */
    List<String> grantablePermissions(UserPrincipal user);
}
