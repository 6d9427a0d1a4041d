package org.danvan.platform.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.spi.HomeCard;
import org.danvan.platform.ui.spi.HomeCardProvider;
import org.danvan.platform.ui.spi.HomeLink;
import org.junit.jupiter.api.Test;

class HomeCardsTest {

    private static final UserPrincipal CHAIR = new UserPrincipal(3, "an", "Nguyễn Văn An", 12L, "Xã Tiên Du",
            Set.of("case.view"));
    private final List<String> asked = new ArrayList<>();

    private HomeCardProvider provider(String name, String permission, HomeCard... cards) {
        return new HomeCardProvider() {
            @Override
            public String permission() {
                return permission;
            }

            @Override
            public List<HomeCard> cards(UserPrincipal user) {
                asked.add(name);
                if (cards.length == 0) {
                    throw new IllegalStateException("database down");
                }
                return List.of(cards);
            }
        };
    }

    private static HomeCard card(String id, int order) {
        return card(id, order, 1);
    }

    private static HomeCard card(String id, int order, long count) {
        return new HomeCard(id, "t." + id, count, List.of(), HomeLink.of("x"), order, HomeCard.Severity.NORMAL);
    }

    @Test
    void cardsComeInOrderFromTheProvidersTheUserMayAsk() {
        List<HomeCards.Source> sources = List.of(
                new HomeCards.Source(provider("cases", "case.view", card("cases.b", 20), card("cases.a", 10),
                        card("cases.empty", 1, 0)),
                        "cases", "org.danvan.cases.ui"),
                new HomeCards.Source(provider("reception", "", card("reception.today", 15)), null, "core"),
                new HomeCards.Source(provider("secret", "audit.view", card("audit.x", 1)), null, "audit"),
                new HomeCards.Source(provider("off", "", card("vendor.x", 1)), "vendor", "vendor.bundle"));
        List<HomeCard> cards = HomeCards.forUser(sources, CHAIR, (module, user) -> !module.equals("vendor"));
        assertEquals(List.of("cases.a", "reception.today", "cases.b", "cases.empty"),
                cards.stream().map(HomeCard::id).toList(), "by order, but an empty card after those with work");
        assertEquals(List.of("cases", "reception"), asked,
                "a provider is not even asked without its permission or where its module is off");
    }

    @Test
    void aFailingProviderIsLeftOutAndTheOthersStillShow() {
        List<HomeCards.Source> sources = List.of(
                new HomeCards.Source(provider("broken", ""), "broken", "broken.bundle"),
                new HomeCards.Source(provider("cases", "", card("cases.a", 10), card("cases.a", 5)), null, "c"));
        List<HomeCard> cards = HomeCards.forUser(sources, CHAIR, (module, user) -> true);
        assertEquals(1, cards.size(), "a duplicate id is dropped");
        assertEquals(5, cards.get(0).order(), "the first in order keeps the id");
        assertTrue(HomeCards.forUser(sources, null, (m, u) -> true).isEmpty(), "nobody signed in: no cards");
    }
}
