package org.danvan.platform.api.notification;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Notifications by e-mail, which each user chooses for themselves: none (the default), each at once, or one digest a
 * day. Present only where the e-mail delivery is installed; {@link #available()} says whether it may send at all.
 */
@ProviderType
public interface EmailDelivery {

    /** How a user receives notifications by e-mail. */
    enum Mode {
        /** Not by e-mail (the default). */
        OFF,
        /** Each notification in its own message, soon after it was raised. */
        EACH,
        /** One message a day listing the day's notifications. */
        DAILY_DIGEST
    }

    /**
     * A user's choice.
     *
     * @param mode how
     * @param address where; {@code null} when off
     */
    record Choice(Mode mode, String address) {
    }

    /** Whether the delivery is switched on and has a mail server; users may choose only then. */
    boolean available();

    /** The user's choice; {@code OFF} if they never chose. */
    Choice choice(UserPrincipal user);

    /**
     * Records the user's own choice.
     *
     * @throws org.danvan.platform.api.validation.ValidationException for a missing or malformed address (field
     *             {@code address}) or when the delivery is not available (no field)
     */
    void choose(UserPrincipal user, Mode mode, String address);
}
