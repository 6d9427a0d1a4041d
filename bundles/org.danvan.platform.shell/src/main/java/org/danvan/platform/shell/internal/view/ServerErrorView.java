package org.danvan.platform.shell.internal.view;

import java.util.UUID;

import org.danvan.platform.api.outage.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown instead of Vaadin's "There was an exception while trying to navigate" when opening a screen fails: a
 * translated page, never a stack trace. The database out of reach gets its own text (503, nothing saved is lost, try
 * again shortly); anything else a reference the user can quote, logged with the stack. No parent layout: the main
 * layout itself reads the database, and an error page must not fail in turn.
 */
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    public ServerErrorView() {
        setId("server-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception error = parameter.getCaughtException();
        String path = event.getLocation().getPath();
        removeAll();
        if (DatabaseOutage.isCause(error)) {
            LOG.warn("Database unavailable while opening /{}: {}", path, DatabaseOutage.rootMessage(error));
            add(new H2(getTranslation("error.unavailable.title")),
                    new Paragraph(getTranslation(DatabaseOutage.MESSAGE_KEY)),
                    new Anchor("/" + path, getTranslation("error.retry")),
                    new Anchor("/", getTranslation("error.backhome")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error opening /{}, reference {}", path, reference, error);
        add(new H2(getTranslation("error.server.title")),
                new Paragraph(getTranslation("platform.error.unexpected", reference)),
                new Anchor("/", getTranslation("error.backhome")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
