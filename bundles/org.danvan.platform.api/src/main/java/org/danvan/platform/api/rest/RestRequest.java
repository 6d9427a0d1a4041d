package org.danvan.platform.api.rest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A call to a {@link RestOperation}, authenticated. The caller acts as {@link #user()} with the permissions of the
 * token's scope: the API bundle has checked the operation's permission against that scope, and the services the
 * handler calls check the user's roles with {@code AccessControl} as they do for a screen.
 */
@ProviderType
public interface RestRequest {

    /** The user the token belongs to; its permissions are those of the token's scope that the user still holds. */
    UserPrincipal user();

    /** The id of the personal access token used (for the audit trail). */
    String tokenId();

    /** The caller's preferred language among DanVan's (from {@code Accept-Language}; Vietnamese by default). */
    Locale locale();

    /** A path parameter of the operation's path template; never {@code null} for a declared one. */
    String pathParameter(String name);

    /** A query parameter, empty when absent or blank. */
    Optional<String> queryParameter(String name);

    /**
     * The request's JSON object: names to values that are {@code String}, {@code Long}, {@code java.math.BigDecimal},
     * {@code Boolean}, {@code null}, {@code java.util.List} or {@code Map} (nested the same way); empty without a body.
     */
    Map<String, Object> body();

    /** The client address, for the audit trail. */
    String remoteAddress();
}
