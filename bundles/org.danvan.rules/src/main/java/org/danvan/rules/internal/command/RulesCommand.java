package org.danvan.rules.internal.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.rules.api.ExtensionPolicy;
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.api.StatutoryRule;
import org.danvan.rules.api.Variant;

/**
 * {@code danvan:rules [yyyy-MM-dd]}: the rule table in force on a day (default today), one rule per line, columns
 * separated by tabs: id, limit, unit, citation, variant limits, extension policy ({@code -} when none), and
 * {@code configurable} for the rows an administrator may override; then the figures (quorums, counts, years), with
 * their value and unit in the limit and unit columns. Modules' rows are included while the modules run. Any DanVan console user may run it.
 */
@Command(scope = "danvan", name = "rules", description = "Prints the statutory rule table in force on a day")
@Service
public class RulesCommand implements Action {

    @Reference
    RuleTable rules;

    @Reference
    AuthenticationService authentication;

    @Argument(index = 0, name = "date", required = false, description = "The day, yyyy-MM-dd; default today")
    String date;

    @Override
    public Object execute() {
        ConsoleUser.require(authentication);
        lines(LocalDate.now(java.time.ZoneOffset.ofHours(7))).forEach(System.out::println);
        return null;
    }

    List<String> lines(LocalDate today) {
        LocalDate day = date == null ? today : CommandInput.date(date);
        List<String> lines = new ArrayList<>(rules.rulesOn(day).stream().map(RulesCommand::line).toList());
        rules.figuresOn(day).forEach(figure -> lines.add(line(figure)));
        return lines;
    }

    private static String line(RuleFigure figure) {
        return String.join("\t", figure.id(), figure.value().toPlainString(), figure.unit().name(),
                figure.citation(), "-", "-", figure.configurable() ? "configurable" : "-");
    }

    private static String line(StatutoryRule rule) {
        return String.join("\t", rule.id(), Integer.toString(rule.limit()), rule.unit().name(), rule.citation(),
                variants(rule.variantLimits()), extension(rule.extension()),
                rule.configurable() ? "configurable" : "-");
    }

    private static String variants(Map<Set<Variant>, Integer> table) {
        if (table.isEmpty()) {
            return "-";
        }
        return table.entrySet().stream()
                .map(e -> e.getKey().stream().sorted().map(Variant::name).collect(Collectors.joining("+")) + "="
                        + e.getValue())
                .sorted().collect(Collectors.joining(" "));
    }

    private static String extension(ExtensionPolicy policy) {
        if (policy.maxExtensions() == 0) {
            return "-";
        }
        String text = policy.maxExtensions() + "x" + policy.maxDaysEach() + " " + policy.unit().name();
        if (policy.requiresComplex()) {
            text += " complex-only";
        }
        if (!policy.extensionsByVariant().isEmpty()) {
            text += " " + variants(policy.extensionsByVariant());
        }
        return text;
    }
}
