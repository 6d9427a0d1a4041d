package org.danvan.rest.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A personal access token as its owner and administrators see it: never its secret, which is shown once at creation
 * and stored only as a SHA-256 hash.
 *
 * @param id the database id
 * @param publicId the token's public part, the first part of the token text after {@code dvt_}
 * @param name what the owner called it
 * @param userId the owner
 * @param userLogin the owner's login
 * @param scope the permissions the token may use (a subset of the owner's at creation)
 * @param createdAt when created
 * @param expiresOn the last day it is valid (Vietnam time)
 * @param revokedAt when revoked, {@code null} while not
 * @param revokedBy who revoked it, {@code null} while not
 * @param version optimistic-lock version, to pass back when revoking
 */
public record ApiToken(long id, String publicId, String name, long userId, String userLogin, Set<String> scope,
        Instant createdAt, LocalDate expiresOn, Instant revokedAt, String revokedBy, long version) {

    public ApiToken {
        scope = Set.copyOf(scope);
    }

    /** Whether it can be used on a day: not revoked and not expired. */
    public boolean isActiveOn(LocalDate day) {
        return revokedAt == null && !day.isAfter(expiresOn);
    }
}
