package org.danvan.platform.shell.internal.web;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.shell.internal.ContributedView;
import org.danvan.platform.shell.internal.ContributionRegistry;
import org.danvan.platform.shell.internal.view.AccessDeniedView;
import org.danvan.platform.shell.internal.view.LoginView;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;

/**
 * Runs before every navigation: public views are open to all; otherwise anonymous users go to the login page, a
 * signed-in user needs the permission of the contributed view, and a user with a pending
 * {@link org.danvan.platform.ui.spi.RequiredStep} (e.g. a password to change) is sent to its view first. Error views
 * are reachable once signed in.
 */
final class AccessGuard implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;
    private final transient ShellServices services;
    private final transient ContributionRegistry registry;

    AccessGuard(ShellServices services) {
        this.services = services;
        this.registry = services.registry();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class || registry.viewForClass(target).filter(ContributedView::isPublic).isPresent()) {
            return;
        }
        UserPrincipal user = CurrentUser.get();
        // anonymous visitors learn nothing about which addresses exist: every one leads to the login page
        if (user == null) {
            String path = event.getLocation().getPathWithQueryParameters();
            event.forwardTo(LoginView.class);
            if (!path.isEmpty()) {
                event.getUI().getSession().setAttribute(LoginView.RETURN_TO, path);
            }
            return;
        }
        if (event.isErrorEvent()) {
            return;
        }
        var step = registry.requiredStepFor(user);
        if (step.isPresent()) {
            String route = step.get().route();
            if (!route.equals(event.getLocation().getPath())) {
                event.forwardTo(route);
            }
            return;
        }
        registry.viewForClass(target).filter(view -> !services.mayOpen(view, user))
                .ifPresent(view -> event.rerouteToError(AccessDeniedView.Denied.class, view.route()));
    }
}
