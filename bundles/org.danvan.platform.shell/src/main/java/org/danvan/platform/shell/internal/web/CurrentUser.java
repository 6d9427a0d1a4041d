package org.danvan.platform.shell.internal.web;

import org.danvan.platform.api.security.UserPrincipal;

import com.vaadin.flow.server.VaadinSession;

/**
 * The signed-in user, kept in the Vaadin session under the {@link UserPrincipal} class, where contributed views read
 * it through {@link org.danvan.platform.ui.kit.SignedInUser}. Only the shell sets it.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static UserPrincipal get() {
        return org.danvan.platform.ui.kit.SignedInUser.get().orElse(null);
    }

    public static void set(UserPrincipal user) {
        VaadinSession.getCurrent().setAttribute(UserPrincipal.class, user);
    }
}
