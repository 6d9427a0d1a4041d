package org.danvan.rest.internal.console;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashSet;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.rest.api.IssuedToken;
import org.danvan.rest.api.TokenRequest;

/** {@code danvan:api-token-create}: a token of the console user's own, printed once. */
@Command(scope = "danvan", name = "api-token-create",
        description = "Creates a REST API token for the console user; the token is printed once")
@Service
public class CreateTokenCommand extends TokenCommand {

    @Argument(index = 0, name = "name", required = true, description = "A name to recognise the token by")
    String name;

    @Option(name = "--scope", required = true, description = "Permissions, comma-separated, e.g. case.view,case.intake")
    String scope;

    @Option(name = "--days", description = "Valid for this many days from today (default 30)")
    int days = 30;

    @Override
    void run(UserPrincipal user, PrintStream out) {
        IssuedToken issued = tokens.create(user, new TokenRequest(name,
                PlatformTime.today(PlatformTime.clock()).plusDays(days),
                new LinkedHashSet<>(Arrays.stream(scope.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList())));
        out.println("Created token " + issued.token().id() + " valid until " + issued.token().expiresOn()
                + "; it is shown only now:");
        out.println("Token: " + issued.secretText());
    }

}
