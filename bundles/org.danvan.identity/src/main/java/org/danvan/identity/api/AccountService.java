package org.danvan.identity.api;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/** What signed-in users do to their own account. */
@ProviderType
public interface AccountService {

    /**
     * Changes the user's own password.
     *
     * @throws org.danvan.platform.api.validation.ValidationException when the current password is wrong
     *             ({@code identity.password.current-wrong}) or the new one breaks the policy
     */
    void changePassword(UserPrincipal user, char[] currentPassword, char[] newPassword);

    /** Whether the user must change the password before doing anything else (after an administrator reset). */
    boolean mustChangePassword(UserPrincipal user);

    /** The user's own account. */
    UserSummary profile(UserPrincipal user);
}
