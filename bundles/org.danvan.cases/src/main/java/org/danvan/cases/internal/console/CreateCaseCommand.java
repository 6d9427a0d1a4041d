package org.danvan.cases.internal.console;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.security.UserPrincipal;

/** {@code danvan:case-create}: minimal intake from the console. */
@Command(scope = "danvan", name = "case-create", description = "Records a new case (needs case.intake on the unit)")
@Service
public class CreateCaseCommand extends CaseCommand {

    @Option(name = "--unit", required = true, description = "Code of the receiving unit, e.g. 27001")
    String unitCode;

    @Option(name = "--kind", required = true, description = "complaint-first, denunciation, recommendation, "
            + "reflection, mixed, official-conduct-report, info-request-in-person, info-request-electronic, "
            + "info-request-post, voter-recommendation")
    String kind;

    @Option(name = "--channel", description = "reception-office (default), post, online, forwarded-by-body, "
            + "forwarded-by-deputy, forwarded-by-front")
    String channel;

    @Option(name = "--name", description = "Petitioner's full name (omit for an anonymous denunciation)")
    String name;

    @Option(name = "--address", description = "Petitioner's address")
    String address;

    @Option(name = "--phone", description = "Petitioner's phone")
    String phone;

    @Option(name = "--received", description = "Received date, yyyy-mm-dd (default today)")
    String received;

    @Argument(index = 0, name = "content", required = true, description = "What the letter says (quote it)")
    String content;

    @Override
    void run(CaseConsole console, UserPrincipal user) {
        console.create(user, unitCode, kind, channel, name, address, phone, received, content);
    }
}
