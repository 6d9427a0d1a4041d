package org.danvan.noticeboard.ui.internal;

import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;

import com.vaadin.flow.server.VaadinSession;

/** The signed-in user, which the shell keeps in the Vaadin session under the {@link UserPrincipal} class. */
final class CurrentUser {

    private CurrentUser() {
    }

    /** The user of the current session; empty outside a session or before login. */
    static Optional<UserPrincipal> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(UserPrincipal.class));
    }
}
