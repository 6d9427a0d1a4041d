package org.danvan.cases.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.danvan.cases.api.CaseService;
import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;

/**
 * The services every {@code danvan:case-*} command works with (Karaf injects the references of this class into
 * every subclass); the command runs as the signed-in console user on a {@link CaseConsole} printing to the console.
 */
abstract class CaseCommand implements Action {

    @Reference
    CaseService cases;

    @Reference
    OrgUnitDirectory directory;

    @Reference
    AuthenticationService authenticationService;

    @Reference(optional = true)
    Translator translator;

    @Override
    public final Object execute() {
        run(new CaseConsole(cases, directory, translator, System.out), ConsoleUser.require(authenticationService));
        return null;
    }

    /** The command's work. */
    abstract void run(CaseConsole console, UserPrincipal user);
}
