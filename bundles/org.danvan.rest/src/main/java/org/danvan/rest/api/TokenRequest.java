package org.danvan.rest.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a user asks for when creating a token.
 *
 * @param name a name to recognise it by (1–100 characters), e.g. the system that will use it
 * @param expiresOn the last day it is valid: after today, at most {@link ApiTokenService#MAX_VALIDITY_DAYS} ahead
 * @param scope the permissions it may use: at least one, each held by the user
 */
public record TokenRequest(String name, LocalDate expiresOn, Set<String> scope) {

    public TokenRequest {
        scope = scope == null ? Set.of() : Set.copyOf(scope);
    }
}
