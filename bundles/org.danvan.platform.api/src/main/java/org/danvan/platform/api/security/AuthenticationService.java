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
}
