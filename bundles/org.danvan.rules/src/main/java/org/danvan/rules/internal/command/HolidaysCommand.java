package org.danvan.rules.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.calendar.api.CalendarTexts;
import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;

/**
 * {@code danvan:holidays <year>}: the non-working days of a year other than Saturdays and Sundays, one per line
 * {@code yyyy-MM-dd name}, the name in Vietnamese (the administrator's name of an announced day, else the name of
 * its kind). Any DanVan console user may run it.
 */
@Command(scope = "danvan", name = "holidays",
        description = "Lists the non-working weekdays of a year: yyyy-MM-dd and the Vietnamese name")
@Service
public class HolidaysCommand implements Action {

    @Reference
    WorkingCalendar calendar;

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
        return calendar.holidays(CommandInput.year(year)).stream()
                .map(holiday -> holiday.date() + " " + (holiday.name() != null ? holiday.name()
                        : CalendarTexts.vietnamese(holiday.nameKey()))).toList();
    }
}
