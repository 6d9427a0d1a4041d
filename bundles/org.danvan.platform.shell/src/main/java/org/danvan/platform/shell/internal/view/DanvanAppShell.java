package org.danvan.platform.shell.internal.view;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.Theme;

/** The HTML shell of every page: theme, viewport for phones, title. */
@Theme("danvan")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "application-name", content = "DanVan")
public class DanvanAppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;
}
