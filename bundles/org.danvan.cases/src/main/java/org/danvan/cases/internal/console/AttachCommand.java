package org.danvan.cases.internal.console;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.security.UserPrincipal;

/** {@code danvan:case-attach}: stores a file as an attachment of a case. */
@Command(scope = "danvan", name = "case-attach", description = "Attaches a file to a case (needs case.intake)")
@Service
public class AttachCommand extends CaseCommand {

    @Argument(index = 0, name = "case", required = true, description = "Case number (2026/000042) or id")
    String numberOrId;

    @Argument(index = 1, name = "file", required = true, description = "The file (PDF, image, office document)")
    String file;

    @Override
    void run(CaseConsole console, UserPrincipal user) {
        console.attach(user, numberOrId, Path.of(file));
    }
}
