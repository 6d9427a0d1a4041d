package org.danvan.rest.internal.tokens;

import java.util.Optional;

/** Turns a presented token text into who it lets act; internal to the API bundle (the servlet uses it). */
public interface TokenAuthentication {

    /**
     * The bearer of a token text: empty when it is malformed, unknown, wrong, revoked, expired, or its owner is
     * locked, inactive or removed.
     */
    Optional<Bearer> authenticate(String tokenText);
}
