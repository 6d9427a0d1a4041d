package org.danvan.platform.shell.internal.web;

import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.shell.internal.ContributionRegistry;
import org.danvan.platform.shell.internal.ShellTranslator;

import com.vaadin.flow.server.VaadinService;

/**
 * What the shell's own views need from OSGi, reachable from any Vaadin request thread through the current service
 * (no static singletons: a second servlet would get its own).
 *
 * @param registry the contributions of all bundles
 * @param translator the merged translations
 * @param authentication staff login
 * @param classLoader the shell bundle's class loader, which sees the frontend build output
 */
public record ShellServices(ContributionRegistry registry, ShellTranslator translator,
        AuthenticationService authentication, ClassLoader classLoader) {

    /** The services of the Vaadin service handling the current request. */
    public static ShellServices current() {
        return ((DanvanServletService) VaadinService.getCurrent()).services();
    }
}
