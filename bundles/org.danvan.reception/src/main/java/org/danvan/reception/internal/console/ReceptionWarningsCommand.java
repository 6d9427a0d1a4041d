package org.danvan.reception.internal.console;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.reception.api.ReceptionSchedule;
import org.danvan.reception.api.ScheduleWarning;
import org.danvan.reception.internal.ReceptionTranslations;

/**
 * {@code danvan:reception-warnings <unitCode> <yyyy-MM>}: the weeks or months of a month in which a unit's head
 * received citizens on fewer days than the law requires, and the sessions delegated to a deputy after the ban. For a
 * weekly rule every week that overlaps the month is checked whole (so a week may start in the previous month). The
 * console user needs {@code reception.view} on the unit; {@code --lang en|fr} changes the language.
 */
@Command(scope = "danvan", name = "reception-warnings", description = "Prints the missed minimum reception days "
        + "and unlawfully delegated sessions of a unit in a month")
@Service
public class ReceptionWarningsCommand implements Action {

    @Reference
    AuthenticationService authentication;

    @Reference
    ReceptionSchedule schedule;

    @Reference
    OrgUnitDirectory units;

    @Argument(index = 0, name = "unitCode", description = "Official code of the unit", required = true)
    String unitCode;

    @Argument(index = 1, name = "month", description = "The month, yyyy-MM", required = true)
    String month;

    @Option(name = "--lang", description = "Language of the output: vi (default), en or fr")
    String language = "vi";

    @Override
    public Object execute() {
        print(ConsoleUser.require(authentication), System.out);
        return null;
    }

    void print(UserPrincipal user, PrintStream out) {
        print(schedule, units, user, unitCode, month, Locale.forLanguageTag(language), out);
    }

    /** Prints the warnings of a unit's month for a user; refusals are printed translated, not thrown. */
    public static void print(ReceptionSchedule schedule, OrgUnitDirectory units, UserPrincipal user, String unitCode,
            String month, Locale locale, PrintStream out) {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            out.println(text(locale, "reception.console.bad-month", month));
            return;
        }
        Optional<OrgUnitInfo> unit = units.findByCode(unitCode == null ? "" : unitCode.strip());
        if (unit.isEmpty()) {
            out.println(text(locale, "reception.console.unknown-unit", unitCode));
            return;
        }
        List<ScheduleWarning> warnings;
        try {
            warnings = schedule.warnings(unit.get().id(), yearMonth.atDay(1), yearMonth.atEndOfMonth(), user);
        } catch (AccessDeniedException e) {
            out.println(text(locale, "reception.console.access-denied"));
            return;
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                out.println(text(locale, v.messageKey(), v.args().toArray()));
            }
            return;
        }
        out.println(text(locale, "reception.console.header", unit.get().name(), unit.get().code(),
                yearMonth.toString()));
        if (warnings.isEmpty()) {
            out.println(text(locale, "reception.console.no-warnings"));
        }
        for (ScheduleWarning w : warnings) {
            out.println("- " + text(locale, w.kind().messageKey(), w.messageArguments()));
        }
    }

    /** The bundle's own texts: the command works on a headless installation without the web shell's translator. */
    private static String text(Locale locale, String key, Object... args) {
        ResourceBundle texts = new ReceptionTranslations().resourceBundle(locale);
        String pattern = texts.containsKey(key) ? texts.getString(key) : "!" + key + "!";
        return new MessageFormat(pattern, locale).format(args);
    }
}
