package org.danvan.platform.ui.spi;

import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Cards for the home page "Việc của tôi" (my work). Register an implementation as an OSGi service (whiteboard, like
 * a {@link ViewContribution}); the shell asks every provider each time the home page opens and renders the cards in
 * {@link HomeCard#order()} order. No Vaadin code is needed: a card is plain data.
 * <p>
 * The shell asks a provider of a module only for users at whose units the module is enabled, and only when the user
 * holds {@link #permission()}. Within that, the provider returns only what the user may see (query through the
 * module's own API with the user, which applies the user's scope) and leaves out a card the user has no business
 * with (e.g. a queue for someone who may not assign). A provider that throws is logged and skipped; the others
 * still show.
 */
@ConsumerType
public interface HomeCardProvider {

    /** Permission id the user must hold before the provider is asked; empty for every signed-in user. */
    default String permission() {
        return "";
    }

    /**
     * The cards for a signed-in user, as of now. Called on a request thread; keep it to a few small queries.
     *
     * @param user the signed-in user
     * @return the cards, possibly empty (a card with count 0 is shown as "nothing to do")
     */
    List<HomeCard> cards(UserPrincipal user);
}
