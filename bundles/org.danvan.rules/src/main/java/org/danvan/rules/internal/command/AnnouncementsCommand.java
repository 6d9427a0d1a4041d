package org.danvan.rules.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.calendar.api.CalendarAdministration;
import org.danvan.calendar.api.CalendarAnnouncement;
import org.danvan.calendar.api.CalendarTexts;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;

/**
 * {@code danvan:calendar-announcements <year>}: the announced days of a year, tab-separated: id, version, date, kind,
 * name, legal document ({@code -} when none), {@code shipped} or {@code admin}. Any DanVan console user may read them.
 */
@Command(scope = "danvan", name = "calendar-announcements",
        description = "Lists the announced days (days off, Saturdays worked, holiday days) of a year")
@Service
public class AnnouncementsCommand implements Action {

    @Reference
    CalendarAdministration calendar;

    @Reference
    AuthenticationService authentication;

    @Argument(index = 0, name = "year", required = true, description = "The Gregorian year, e.g. 2026")
    String year;

    @Override
    public Object execute() {
        ConsoleUser.require(authentication);
        lines().forEach(System.out::println);
        return null;
    }

    List<String> lines() {
        return calendar.announcements(CommandInput.year(year)).stream().map(AnnouncementsCommand::line).toList();
    }

    private static String line(CalendarAnnouncement a) {
        return String.join("\t", Long.toString(a.id()), Long.toString(a.version()), a.date().toString(),
                a.kind().name(), a.name() != null ? a.name() : CalendarTexts.vietnamese(a.nameKey()),
                a.legalDocument() != null ? a.legalDocument() : "-", a.shipped() ? "shipped" : "admin");
    }
}
