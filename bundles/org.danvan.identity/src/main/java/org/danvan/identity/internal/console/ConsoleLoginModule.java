package org.danvan.identity.internal.console;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.danvan.platform.api.security.AuthenticationResult;
import org.danvan.platform.api.security.AuthenticationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs a console user in through the identity store. Only holders of {@link ConsolePermission#ID} get in, with the
 * Karaf roles the shell's commands and ssh require.
 */
public class ConsoleLoginModule implements LoginModule {

    public static final String AUTHENTICATION_OPTION = "org.danvan.identity.authentication";
    /** The Karaf roles of a console administrator (see etc/org.apache.karaf.shell.cfg and the command ACLs). */
    static final List<String> KARAF_ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh");

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleLoginModule.class);

    private Subject subject;
    private CallbackHandler callbacks;
    private AuthenticationService authentication;
    private final Set<Principal> principals = new LinkedHashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.authentication = (AuthenticationService) options.get(AUTHENTICATION_OPTION);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("login: ");
        PasswordCallback password = new PasswordCallback("password: ", false);
        try {
            callbacks.handle(new Callback[] { name, password });
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("Cannot read the credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword() == null ? new char[0] : password.getPassword();
        try {
            AuthenticationResult result = authentication.authenticate(name.getName(), secret, "karaf-console");
            if (!result.succeeded()) {
                throw new FailedLoginException("Login refused");
            }
            if (!result.principal().hasPermission(ConsolePermission.ID)) {
                LOG.info("Console login refused for '{}': no permission {}", result.principal().login(),
                        ConsolePermission.ID);
                throw new FailedLoginException("Login refused");
            }
            principals.add(new UserPrincipal(result.principal().login()));
            KARAF_ROLES.forEach(role -> principals.add(new RolePrincipal(role)));
            LOG.info("Console login of '{}'", result.principal().login());
            return true;
        } finally {
            Arrays.fill(secret, '\0');
            password.clearPassword();
        }
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return !principals.isEmpty();
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}
