package org.danvan.rest.internal.console;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.rest.api.ApiToken;

/** {@code danvan:api-token-list}: every user's tokens (api.token.admin), or the console user's own. */
@Command(scope = "danvan", name = "api-token-list", description = "Lists REST API tokens (all with api.token.admin)")
@Service
public class ListTokensCommand extends TokenCommand {

    @Option(name = "--mine", description = "Only the console user's own tokens")
    boolean mine;

    @Override
    void run(UserPrincipal user, PrintStream out) {
        List<ApiToken> list = mine ? tokens.mine(user) : tokens.all(user);
        header(out);
        list.forEach(t -> print(t, out));
    }
}
