package org.danvan.rest.internal.console;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.rest.api.ApiToken;
import org.danvan.rest.api.ApiTokenService;

/** The services every {@code danvan:api-token-*} command works with; runs as the signed-in console user. */
abstract class TokenCommand implements Action {

    @Reference
    ApiTokenService tokens;

    @Reference
    AuthenticationService authenticationService;

    @Reference(optional = true)
    Translator translator;

    @Override
    public final Object execute() {
        PrintStream out = System.out;
        try {
            run(ConsoleUser.require(authenticationService), out);
        } catch (ValidationException e) {
            StringBuilder text = new StringBuilder();
            for (Violation v : e.violations()) {
                text.append(translator == null ? v.messageKey()
                        : translator.translate(v.messageKey(), Locale.ENGLISH, v.args().toArray())).append('\n');
            }
            throw new IllegalArgumentException(text.toString().strip(), e);
        } catch (AccessDeniedException e) {
            throw new IllegalStateException("Not permitted: " + e.permission(), e);
        }
        return null;
    }

    abstract void run(UserPrincipal user, PrintStream out);

    static void print(ApiToken t, PrintStream out) {
        out.printf("%-6d %-16s %-20s %-24s %-10s %-8s %s%n", t.id(), t.publicId(), t.userLogin(),
                t.name().length() > 24 ? t.name().substring(0, 23) + "…" : t.name(),
                t.expiresOn().format(DateTimeFormatter.ISO_LOCAL_DATE), t.revokedAt() == null ? "active" : "revoked",
                String.join(",", new TreeSet<>(t.scope())));
    }

    static void header(PrintStream out) {
        out.printf("%-6s %-16s %-20s %-24s %-10s %-8s %s%n", "Id", "Public id", "Owner", "Name", "Expires", "State",
                "Scope");
    }
}
