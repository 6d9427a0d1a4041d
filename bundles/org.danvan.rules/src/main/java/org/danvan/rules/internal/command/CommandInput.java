package org.danvan.rules.internal.command;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.TreeSet;

import org.danvan.rules.api.RuleTable;

/** Validation of what an operator types on the console. */
final class CommandInput {

    /** Strict ISO date: 2026-02-30 is refused, not moved to 2 March. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private CommandInput() {
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw ConsoleTexts.refusal("rules.command.badDate", text);
        }
    }

    static int year(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 1900 && year <= 2200) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ConsoleTexts.refusal("rules.command.badYear", text);
    }

    static String ruleId(RuleTable rules, String text) {
        String id = text.strip();
        if (!rules.ruleIds().contains(id)) {
            throw ConsoleTexts.refusal("rules.command.unknownRule", text, String.join(", ", new TreeSet<>(rules
                    .ruleIds())));
        }
        return id;
    }
}
