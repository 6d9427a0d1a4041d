package org.danvan.platform.api.rest;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Answers one {@link RestOperation}. Throw the platform's refusals, never write HTTP yourself:
 * {@link org.danvan.platform.api.validation.ValidationException} becomes 422 with messages translated by the
 * caller's {@code Accept-Language}, {@link org.danvan.platform.api.security.AccessDeniedException} 403, and
 * {@code jakarta.persistence.OptimisticLockException} 409; anything else is a 500 logged with its stack trace.
 */
@ConsumerType
@FunctionalInterface
public interface RestHandler {

    /**
     * Answers a request.
     *
     * @param request the call, with its authenticated caller
     * @return the answer
     */
    RestResponse handle(RestRequest request);
}
