package org.danvan.cases.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.danvan.cases.api.CaseConflictException;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.ui.kit.Translate;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * What the case screens tell the user when the engine refuses: invalid input, no permission, or a case that changed
 * (or vanished) since it was read. Anything else is a programming error and propagates to the log.
 */
public final class Refusals {

    private Refusals() {
    }

    /** Whether the failure means the case changed meanwhile: the screen reloads it. */
    public static boolean isConflict(Throwable failure) {
        return failure instanceof CaseConflictException;
    }

    /** Whether the screens explain this failure to the user (rather than letting it reach the log). */
    public static boolean isUserCaused(RuntimeException failure) {
        return failure instanceof ValidationException || failure instanceof AccessDeniedException
                || failure instanceof CaseConflictException;
    }

    /**
     * The text for a refusal.
     *
     * @throws RuntimeException the failure itself when it is not one a user causes
     */
    public static String message(RuntimeException failure, Translate translate) {
        if (failure instanceof ValidationException invalid) {
            return describe(invalid.violations(), translate);
        }
        if (failure instanceof AccessDeniedException) {
            return translate.text(AccessDeniedException.MESSAGE_KEY);
        }
        if (failure instanceof CaseConflictException conflict) {
            return translate.text(conflict.messageKey());
        }
        throw failure;
    }

    /** Violations as one text, each translated with its arguments. */
    public static String describe(List<Violation> violations, Translate translate) {
        return violations.stream().map(v -> translate.text(v.messageKey(), translatedArgs(v, translate)))
                .collect(Collectors.joining(" "));
    }

    /** Arguments that are themselves translation keys (e.g. an outcome's label) are translated too. */
    static Object[] translatedArgs(Violation violation, Translate translate) {
        return violation.args().stream()
                .map(a -> a instanceof String s && s.startsWith("case.") && s.indexOf(' ') < 0 ? translate.text(s) : a)
                .toArray();
    }

    /** Shows a refusal; rethrows what is not a refusal. */
    public static void show(RuntimeException failure, Translate translate) {
        error(message(failure, translate));
    }

    public static void error(String text) {
        notify(text, NotificationVariant.LUMO_ERROR);
    }

    public static void success(String text) {
        notify(text, NotificationVariant.LUMO_SUCCESS);
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
    }
}
