package org.danvan.rest.internal.console;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.rest.api.ApiToken;

/** {@code danvan:api-token-revoke}: revokes a token by id or public id (own, or any with api.token.admin). */
@Command(scope = "danvan", name = "api-token-revoke", description = "Revokes a REST API token")
@Service
public class RevokeTokenCommand extends TokenCommand {

    @Argument(index = 0, name = "token", required = true, description = "The token's id or public id")
    String token;

    @Override
    void run(UserPrincipal user, PrintStream out) {
        ApiToken revoked = tokens.revoke(user, token);
        out.println("Revoked token " + revoked.id() + " (" + revoked.publicId() + ") of " + revoked.userLogin());
    }
}
