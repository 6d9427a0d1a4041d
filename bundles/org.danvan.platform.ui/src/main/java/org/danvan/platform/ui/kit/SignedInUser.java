package org.danvan.platform.ui.kit;

import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;

import com.vaadin.flow.server.VaadinSession;

/**
 * The staff member signed in to the current Vaadin session. The shell puts the principal there at login and keeps
 * it current while modules come and go; contributed views read it here.
 */
public final class SignedInUser {

    private SignedInUser() {
    }

    /** The user of the current session; empty outside a Vaadin request or before login. */
    public static Optional<UserPrincipal> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(UserPrincipal.class));
    }
}
