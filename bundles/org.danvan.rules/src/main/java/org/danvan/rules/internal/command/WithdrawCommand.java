package org.danvan.rules.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.danvan.calendar.api.CalendarAdministration;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.validation.ValidationException;

/**
 * {@code danvan:calendar-withdraw <id> <version>}: withdraws an announced day (as listed by
 * {@code danvan:calendar-announcements}). Needs {@value CalendarAdministration#PERMISSION}.
 */
@Command(scope = "danvan", name = "calendar-withdraw",
        description = "Withdraws an announced day by id and version (needs calendar.manage)")
@Service
public class WithdrawCommand implements Action {

    @Reference
    CalendarAdministration calendar;

    @Reference
    AuthenticationService authentication;

    @Reference
    AccessControl access;

    @Argument(index = 0, name = "id", required = true, description = "The announcement id")
    String id;

    @Argument(index = 1, name = "version", required = true, description = "The version listed with it")
    String version;

    @Override
    public Object execute() {
        try {
            calendar.remove(CalendarCommands.manager(authentication, access), number(id), number(version));
        } catch (ValidationException e) {
            throw CalendarCommands.refusal(e);
        }
        return null;
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ConsoleTexts.refusal("rules.command.badNumber", text);
        }
    }
}
