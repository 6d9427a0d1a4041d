package org.danvan.platform.shell.internal.web;

import org.danvan.platform.api.module.ModuleEnablement;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.shell.internal.ContributionRegistry;
import org.danvan.platform.shell.internal.NotificationCenter;
import org.danvan.platform.shell.internal.ShellTranslator;

import com.vaadin.flow.server.VaadinService;

/**
 * What the shell's own views need from OSGi, reachable from any Vaadin request thread through the current service
 * (no static singletons: a second servlet would get its own).
 *
 * @param registry the contributions of all bundles
 * @param translator the merged translations
 * @param authentication staff login
 * @param enablement which units have which module
 * @param classLoader the shell bundle's class loader, which sees the frontend build output
 * @param notifications the notifications of all modules, for the bell
 */
public record ShellServices(ContributionRegistry registry, ShellTranslator translator,
        AuthenticationService authentication, ModuleEnablement enablement, ClassLoader classLoader,
        NotificationCenter notifications) {

    /**
     * Whether a user may open a contributed view: public views always; otherwise the view's permission (which the
     * identity core grants only where its module is enabled) and, for a view of a module, that module enabled where
     * the user works.
     */
    public boolean mayOpen(org.danvan.platform.shell.internal.ContributedView view,
            org.danvan.platform.api.security.UserPrincipal user) {
        if (view.isPublic()) {
            return true;
        }
        return user != null && user.hasPermission(view.permission())
                && (view.moduleId() == null || enablement.isEnabledForUser(view.moduleId(), user));
    }

    /** The services of the Vaadin service handling the current request. */
    public static ShellServices current() {
        return ((DanvanServletService) VaadinService.getCurrent()).services();
    }
}
