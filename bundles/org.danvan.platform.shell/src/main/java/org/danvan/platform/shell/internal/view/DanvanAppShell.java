package org.danvan.platform.shell.internal.view;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.Theme;

/**
 * The HTML shell of every page: theme, viewport for phones, title, and server push, by which modules installed or
 * removed while a page is open reach it at once. Long polling, because the container offers no WebSocket endpoint;
 * the open request is not user activity, so idle sessions still expire. The icon is inline, so that no browser asks
 * for a {@code /favicon.ico} the container does not have (a 404 in every log and console).
 */
@Push(transport = Transport.LONG_POLLING)
@Theme("danvan")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "application-name", content = "DanVan")
public class DanvanAppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    /** A red tile with a yellow star: the colours of the state's emblem, readable at 16 pixels. */
    static final String ICON = "data:image/svg+xml,"
            + "%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E"
            + "%3Crect width='32' height='32' rx='6' fill='%23c8102e'/%3E"
            + "%3Cpath fill='%23ffcd00' d='M16 5l3.1 9.5H29l-8 5.8 3.1 9.5L16 24l-8.1 5.8L11 20.3l-8-5.8h9.9z'/%3E"
            + "%3C/svg%3E";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("icon", ICON);
    }
}
