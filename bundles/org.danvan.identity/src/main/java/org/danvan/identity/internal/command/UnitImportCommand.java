package org.danvan.identity.internal.command;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.identity.api.OrgUnitAdmin;
import org.danvan.identity.api.UnitImportReport;
import org.danvan.identity.internal.ManageUnitsPermission;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;

/** Imports org units from a UTF-8 CSV file; all or nothing, with a line-by-line report. */
@Command(scope = "danvan", name = "unit-import",
        description = "Imports org units from a UTF-8 CSV file (code,name,kind,parent_code,valid_from); "
                + "nothing is stored when any line is wrong")
@Service
public class UnitImportCommand implements Action {

    @Argument(index = 0, name = "file", description = "Path of the CSV file", required = true)
    String file;

    @Reference
    AuthenticationService authentication;

    @Reference
    AccessControl access;

    @Reference
    OrgUnitAdmin units;

    @Override
    public Object execute() throws IOException {
        UserPrincipal actor = ConsoleUser.require(authentication);
        if (!access.isPermittedSomewhere(actor, ManageUnitsPermission.ID)) {
            throw new AccessDeniedException(actor.login(), ManageUnitsPermission.ID, -1);
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            System.out.println("No such file: " + path.toAbsolutePath());
            return null;
        }
        UnitImportReport report;
        // a strict decoder: a file that is not UTF-8 is refused instead of imported with replacement characters
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            report = units.importCsv(actor, reader);
        } catch (ValidationException | AccessDeniedException e) {
            return ConsoleText.refused(System.out, e);
        }
        print(report);
        return null;
    }

    static void print(UnitImportReport report) {
        if (report.accepted()) {
            System.out.println("Imported: " + report.unitsCreated() + " units from " + report.linesRead() + " lines.");
            return;
        }
        System.out.println("Refused, nothing stored: " + report.errors().size() + " problem(s) in "
                + report.linesRead() + " lines.");
        for (UnitImportReport.LineError error : report.errors()) {
            System.out.println("  " + ConsoleText.text(error.violation()));
        }
    }
}
