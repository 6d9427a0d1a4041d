package org.danvan.platform.shell.internal.web;

import org.danvan.platform.api.security.UserPrincipal;

import com.vaadin.flow.server.VaadinSession;

/**
 * The signed-in user, kept in the Vaadin session under the {@link UserPrincipal} class: contributed views read it
 * the same way ({@code VaadinSession.getCurrent().getAttribute(UserPrincipal.class)}).
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static UserPrincipal get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getAttribute(UserPrincipal.class);
    }

    public static void set(UserPrincipal user) {
        VaadinSession.getCurrent().setAttribute(UserPrincipal.class, user);
    }
}
