package org.danvan.platform.shell.internal.view;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.Theme;

/**
 * The HTML shell of every page: theme, viewport for phones, title, and server push, by which modules installed or
 * removed while a page is open reach it at once. Long polling, because the container offers no WebSocket endpoint;
 * the open request is not user activity, so idle sessions still expire.
 */
@Push(transport = Transport.LONG_POLLING)
@Theme("danvan")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "application-name", content = "DanVan")
public class DanvanAppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;
}
