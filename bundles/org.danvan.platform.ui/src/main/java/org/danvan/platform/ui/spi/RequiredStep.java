package org.danvan.platform.ui.spi;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A screen a signed-in user must go through before any other, e.g. changing a password an administrator has reset.
 * Register as an OSGi service; while {@link #isRequired} holds, the shell sends every navigation of that user to
 * {@link #route()}. The view there finishes the step (after which {@code isRequired} no longer holds) and navigates
 * on.
 */
@ConsumerType
public interface RequiredStep {

    /** The route of the view that completes the step; a {@link DanvanView} of a {@link ViewContribution} must declare it. */
    String route();

    /**
     * Whether the user still has to complete the step. Called on every navigation: keep it cheap.
     *
     * @param user the signed-in user
     * @return true to send the user to {@link #route()}
     */
    boolean isRequired(UserPrincipal user);
}
