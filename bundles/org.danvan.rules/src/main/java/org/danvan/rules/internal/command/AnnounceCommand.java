package org.danvan.rules.internal.command;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.calendar.api.AnnouncementDraft;
import org.danvan.calendar.api.AnnouncementKind;
import org.danvan.calendar.api.CalendarAdministration;
import org.danvan.calendar.api.CalendarAnnouncement;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.validation.ValidationException;

/**
 * {@code danvan:calendar-announce [--holiday <key>] <yyyy-MM-dd> <day-off|working-day|holiday> <name> <document>}:
 * announces a day; prints the new announcement's id and version. Needs {@value CalendarAdministration#PERMISSION}.
 */
@Command(scope = "danvan", name = "calendar-announce",
        description = "Announces a day off, a Saturday worked or a holiday day (needs calendar.manage)")
@Service
public class AnnounceCommand implements Action {

    @Reference
    CalendarAdministration calendar;

    @Reference
    AuthenticationService authentication;

    @Reference
    AccessControl access;

    @Option(name = "--holiday",
            description = "For kind 'holiday': the statutory holiday key, e.g. calendar.holiday.tet")
    String holidayKey;

    @Argument(index = 0, name = "date", required = true, description = "The day, yyyy-MM-dd")
    String date;

    @Argument(index = 1, name = "kind", required = true, description = "day-off, working-day or holiday")
    String kind;

    @Argument(index = 2, name = "name", required = true, description = "The name of the day, in Vietnamese (quoted)")
    String name;

    @Argument(index = 3, name = "document", required = true, description = "The announcing document (quoted)")
    String document;

    @Override
    public Object execute() {
        CalendarAnnouncement stored;
        try {
            stored = calendar.add(CalendarCommands.manager(authentication, access), new AnnouncementDraft(
                    CommandInput.date(date), kind(kind), holidayKey, name, document));
        } catch (ValidationException e) {
            throw CalendarCommands.refusal(e);
        }
        System.out.println(stored.id() + "\t" + stored.version());
        return null;
    }

    private static AnnouncementKind kind(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "day-off" -> AnnouncementKind.EXTRA_DAY_OFF;
            case "working-day" -> AnnouncementKind.WORKING_DAY;
            case "holiday" -> AnnouncementKind.PUBLIC_HOLIDAY;
            default -> throw ConsoleTexts.refusal("rules.command.badKind", text);
        };
    }
}
