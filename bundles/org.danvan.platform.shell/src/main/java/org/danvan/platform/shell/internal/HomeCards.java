package org.danvan.platform.shell.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.spi.HomeCard;
import org.danvan.platform.ui.spi.HomeCardProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the cards of the home page for one user: only from providers whose module is enabled where the user works
 * and whose permission the user holds; a provider that fails is logged and left out, so one broken module never
 * empties the page. Cards with something to do come first (on a phone they would otherwise sink below empty
 * ones), each group by order, then id; a second card with an id already taken is dropped.
 */
public final class HomeCards {

    /**
     * A registered provider.
     *
     * @param provider the service
     * @param moduleId the module of the providing bundle, or {@code null} for a core bundle
     * @param bundle the providing bundle's symbolic name (for the log)
     */
    public record Source(HomeCardProvider provider, String moduleId, String bundle) {
    }

    private static final Logger LOGGER = LoggerFactory.getLogger(HomeCards.class);

    private HomeCards() {
    }

    /**
     * The cards for a user.
     *
     * @param sources the registered providers
     * @param user the signed-in user
     * @param moduleEnabled whether a module (by id) is enabled for the user
     */
    public static List<HomeCard> forUser(List<Source> sources, UserPrincipal user,
            BiPredicate<String, UserPrincipal> moduleEnabled) {
        List<HomeCard> cards = new ArrayList<>();
        if (user == null) {
            return cards;
        }
        for (Source source : sources) {
            try {
                if (source.moduleId() != null && !moduleEnabled.test(source.moduleId(), user)) {
                    continue;
                }
                String permission = source.provider().permission();
                if (permission != null && !permission.isBlank() && !user.hasPermission(permission)) {
                    continue;
                }
                List<HomeCard> provided = source.provider().cards(user);
                if (provided != null) {
                    provided.stream().filter(c -> c != null).forEach(cards::add);
                }
            } catch (RuntimeException e) {
                LOGGER.warn("Home cards of {} ({}) left out for user {}: {}", source.bundle(),
                        source.provider().getClass().getName(), user.login(), e.toString(), e);
            }
        }
        cards.sort(Comparator.comparing((HomeCard card) -> card.count() == 0).thenComparingInt(HomeCard::order)
                .thenComparing(HomeCard::id));
        List<HomeCard> unique = new ArrayList<>();
        for (HomeCard card : cards) {
            if (unique.stream().anyMatch(u -> u.id().equals(card.id()))) {
                LOGGER.warn("Home card id {} is used twice; the second is dropped", card.id());
            } else {
                unique.add(card);
            }
        }
        return unique;
    }
}
