package org.danvan.rules.internal.command;

import java.util.Locale;
import java.util.stream.Collectors;

import org.danvan.calendar.api.CalendarAdministration;
import org.danvan.calendar.api.CalendarTexts;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.ConsoleUser;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;

/** What the calendar administration commands share: who runs them, and refusals in Vietnamese. */
final class CalendarCommands {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private CalendarCommands() {
    }

    /** The console user, who must hold {@value CalendarAdministration#PERMISSION} somewhere. */
    static UserPrincipal manager(AuthenticationService authentication, AccessControl access) {
        UserPrincipal user = ConsoleUser.require(authentication);
        if (!access.isPermittedSomewhere(user, CalendarAdministration.PERMISSION)) {
            throw ConsoleTexts.refusal("rules.command.calendarDenied", user.login(), CalendarAdministration.PERMISSION);
        }
        return user;
    }

    /** The violations of a refused change, one per line, in Vietnamese. */
    static IllegalArgumentException refusal(ValidationException e) {
        return new IllegalArgumentException(e.violations().stream()
                .map(v -> CalendarTexts.format(v.messageKey(), VIETNAMESE, v.args().toArray()))
                .collect(Collectors.joining(System.lineSeparator())), e);
    }
}
