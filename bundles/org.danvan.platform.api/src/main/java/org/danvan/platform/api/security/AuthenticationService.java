package org.danvan.platform.api.security;

import org.osgi.annotation.versioning.ProviderType;

/** Checks staff credentials. Provided by the identity core. */
@ProviderType
public interface AuthenticationService {

    /**
     * Authenticates a user.
     *
     * @param login the login name as typed
     * @param password the password as typed; never logged or stored
     * @param remoteAddress the client address, for the audit trail
     * @return the outcome; on success it carries the principal
     */
    AuthenticationResult authenticate(String login, char[] password, String remoteAddress);

    /**
     * The current state of a signed-in user: permissions recomputed from the roles and permission contributions
     * present now (a module installed meanwhile grants its permissions without a new login).
     *
     * @param principal the principal obtained at login
     * @return the up-to-date principal, or empty when the account was locked, deactivated or removed meanwhile
     *         (the caller ends the user's session)
     */
    java.util.Optional<UserPrincipal> refresh(UserPrincipal principal);

    /**
     * The principal of an active, unlocked account authenticated by another mechanism (the Karaf console's JAAS
     * realm); never use it to skip a password check.
     *
     * @param login the login name
     * @return the principal, or empty for an unknown, locked or inactive account
     */
    java.util.Optional<UserPrincipal> principalOf(String login);
}
