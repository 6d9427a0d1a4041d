package org.danvan.identity.internal.command;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;

import org.danvan.identity.internal.IdentityTranslations;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

/** Renders the identity core's messages for the Karaf console, in English like the rest of the console. */
final class ConsoleText {

    private static final Locale CONSOLE = Locale.ENGLISH;

    private ConsoleText() {
    }

    static String text(String key, Object... args) {
        try {
            String pattern = new IdentityTranslations().resourceBundle(CONSOLE).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, CONSOLE).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static String text(Violation violation) {
        String message = text(violation.messageKey(), violation.args().toArray());
        return violation.field() == null ? message : violation.field() + ": " + message;
    }

    /** Prints a refusal the user can act on; returns null so a command can {@code return ConsoleText.refused(...)}. */
    static Object refused(PrintStream out, RuntimeException e) {
        if (e instanceof ValidationException invalid) {
            invalid.violations().forEach(v -> out.println("  " + text(v)));
        } else if (e instanceof AccessDeniedException denied) {
            out.println("Access denied: you do not hold the permission " + denied.permission() + " there.");
        } else {
            throw e;
        }
        return null;
    }
}
