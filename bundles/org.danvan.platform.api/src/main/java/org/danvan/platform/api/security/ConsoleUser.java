package org.danvan.platform.api.security;

import java.security.AccessController;
import java.security.Principal;
import java.util.Optional;

import javax.security.auth.Subject;

/**
 * Who is running a Karaf shell command. The console (local, {@code bin/client} or ssh) runs every command as the
 * JAAS subject it authenticated against the DanVan realm; commands resolve that login to a {@link UserPrincipal}
 * with {@link AuthenticationService#principalOf(String)} and then ask {@link AccessControl} like any view does.
 */
public final class ConsoleUser {

    private static final String KARAF_USER_PRINCIPAL = "org.apache.karaf.jaas.boot.principal.UserPrincipal";

    private ConsoleUser() {
    }

    /** The login of the console user running the current command; empty outside a console session. */
    @SuppressWarnings("removal") // Karaf 4.4 runs commands with JaasHelper.doAs: the subject is on the context
    public static Optional<String> currentLogin() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return Optional.empty();
        }
        return subject.getPrincipals().stream()
                .filter(p -> KARAF_USER_PRINCIPAL.equals(p.getClass().getName()))
                .map(Principal::getName)
                .findFirst();
    }

    /**
     * The principal of the console user.
     *
     * @throws AccessDeniedException when no DanVan account runs the command (e.g. an unauthenticated local console)
     */
    public static UserPrincipal require(AuthenticationService authentication) {
        return currentLogin().flatMap(authentication::principalOf)
                .orElseThrow(() -> new AccessDeniedException("<console>", "platform.console", -1));
    }
}
