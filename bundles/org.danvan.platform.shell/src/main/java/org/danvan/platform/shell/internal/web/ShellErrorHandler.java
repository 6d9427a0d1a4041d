package org.danvan.platform.shell.internal.web;

import java.util.UUID;
import java.util.stream.Collectors;

import org.danvan.platform.api.outage.DatabaseOutage;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.api.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

/**
 * The last resort for exceptions a view did not handle: the user gets a translated message instead of a stack
 * trace. A refused input shows its reasons, a missing permission says so, a concurrent change asks to reload, and
 * the database out of reach says so (nothing saved is lost, try again shortly), and anything else is logged with a reference the user can quote to support.
 */
final class ShellErrorHandler implements ErrorHandler {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ShellErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        String message;
        ValidationException invalid = find(error, ValidationException.class);
        AccessDeniedException denied = find(error, AccessDeniedException.class);
        if (invalid != null) {
            message = invalid.violations().stream()
                    .map(v -> translate(ui, v.messageKey(), v.args().toArray()))
                    .collect(Collectors.joining("\n"));
        } else if (denied != null) {
            LOG.info("Refused: {}", denied.getMessage());
            message = translate(ui, AccessDeniedException.MESSAGE_KEY);
        } else if (Refusals.isConflict(error)) {
            message = translate(ui, Refusals.CONFLICT);
        } else if (DatabaseOutage.isCause(error)) {
            LOG.warn("Database unavailable: {}", DatabaseOutage.rootMessage(error));
            message = translate(ui, DatabaseOutage.MESSAGE_KEY);
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Unexpected error, reference {}", reference, error);
            message = translate(ui, "platform.error.unexpected", reference);
        }
        if (ui != null) {
            Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static String translate(UI ui, String key, Object... args) {
        return ui == null ? key : ui.getTranslation(key, args);
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

}
