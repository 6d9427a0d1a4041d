package org.danvan.rules.internal.command;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.api.StatutoryRule;
import org.danvan.rules.api.Variant;

/**
 * {@code danvan:deadline <rule-id> <yyyy-MM-dd> [--complex] [--remote]}: prints the due date alone, so scripts can
 * use it. Any DanVan console user may run it; it reads only public law and the calendar.
 */
@Command(scope = "danvan", name = "deadline",
        description = "Prints the due date (yyyy-MM-dd) of a statutory time limit for an event day")
@Service
public class DeadlineCommand implements Action {

    @Reference
    RuleTable rules;

    @Reference
    AuthenticationService authentication;

    @Argument(index = 0, name = "rule-id", required = true, description = "Rule id, e.g. complaint.first.resolve")
    String ruleId;

    @Argument(index = 1, name = "date", required = true, description = "Day of the event, yyyy-MM-dd (not counted)")
    String date;

    /**
     * The console parses options only before the arguments; the documented form puts them after, so trailing flags
     * arrive here and are read like the options.
     */
    @Argument(index = 2, name = "flags", required = false, multiValued = true,
            description = "--complex, --especially-complex, --remote, --several-agencies (also allowed after the date)")
    List<String> trailingFlags;

    @Option(name = "--complex", description = "The case is complex")
    boolean complex;

    @Option(name = "--especially-complex", description = "The case is especially complex (implies --complex)")
    boolean especiallyComplex;

    @Option(name = "--remote", description = "The case is in a remote area")
    boolean remote;

    @Option(name = "--several-agencies", description = "Several agencies must answer")
    boolean severalAgencies;

    @Override
    public Object execute() {
        ConsoleUser.require(authentication);
        System.out.println(compute());
        return null;
    }

    LocalDate compute() {
        String id = CommandInput.ruleId(rules, ruleId);
        LocalDate eventDay = CommandInput.date(date);
        StatutoryRule first = rules.history(id).get(0);
        if (rules.rule(id, eventDay).isEmpty()) {
            throw ConsoleTexts.refusal("rules.command.notInForce", id, eventDay, first.effectiveFrom());
        }
        if (trailingFlags != null) {
            for (String flag : trailingFlags) {
                switch (flag) {
                    case "--complex" -> complex = true;
                    case "--especially-complex" -> especiallyComplex = true;
                    case "--remote" -> remote = true;
                    case "--several-agencies" -> severalAgencies = true;
                    default -> throw ConsoleTexts.refusal("rules.command.unknownFlag", flag);
                }
            }
        }
        EnumSet<Variant> variants = EnumSet.noneOf(Variant.class);
        if (complex) {
            variants.add(Variant.COMPLEX);
        }
        if (especiallyComplex) {
            variants.add(Variant.ESPECIALLY_COMPLEX);
        }
        if (remote) {
            variants.add(Variant.REMOTE);
        }
        if (severalAgencies) {
            variants.add(Variant.SEVERAL_AGENCIES);
        }
        return rules.dueDate(id, eventDay, variants);
    }
}
