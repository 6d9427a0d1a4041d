package org.danvan.platform.ui.kit;

import java.util.List;
import java.util.stream.Collectors;

import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * What a screen tells the user when a service refuses: a translated text for the refusals a user can cause (invalid
 * input, no permission, someone else changed the record meanwhile). Anything else is a programming error and
 * propagates to the log. The shell translates {@link #CONFLICT} and {@link AccessDeniedException#MESSAGE_KEY}; the
 * shell's own last-resort error handler decides the same way.
 */
public final class Refusals {

    /** Shown when the record changed since it was read; the screen then reloads it. */
    public static final String CONFLICT = "platform.error.conflict";

    /** Recognised by name: this package does not depend on JPA, the services that throw it do. */
    private static final String OPTIMISTIC_LOCK = "jakarta.persistence.OptimisticLockException";

    private Refusals() {
    }

    /** Whether the failure is an optimistic-lock conflict, possibly wrapped by the persistence layer. */
    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals(OPTIMISTIC_LOCK)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Whether the screens explain this failure to the user (rather than letting it reach the log). */
    public static boolean isUserCaused(RuntimeException failure) {
        return failure instanceof ValidationException || failure instanceof AccessDeniedException
                || isConflict(failure);
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
        if (isConflict(failure)) {
            return translate.text(CONFLICT);
        }
        throw failure;
    }

    /** Violations as one text, each translated with its arguments. */
    public static String describe(List<Violation> violations, Translate translate) {
        return violations.stream().map(v -> translate.text(v.messageKey(), v.args().toArray()))
                .collect(Collectors.joining(" "));
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
