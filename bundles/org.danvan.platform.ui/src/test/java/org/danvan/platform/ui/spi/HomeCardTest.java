package org.danvan.platform.ui.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class HomeCardTest {

    @Test
    void aLinkEncodesItsParametersInOrder() {
        assertEquals("ho-so-vu-viec?ds=OVERDUE&cua-toi=1",
                HomeLink.of("ho-so-vu-viec", "ds", "OVERDUE", "cua-toi", "1").location());
        assertEquals("tim?q=ti%E1%BA%BFn%20du%26x", HomeLink.of("tim", "q", "tiến du&x").location());
        assertEquals("bang-tin", HomeLink.of("bang-tin").location());
        assertThrows(IllegalArgumentException.class, () -> HomeLink.of("/bang-tin"));
        assertThrows(IllegalArgumentException.class, () -> HomeLink.of("x", "lonely"));
    }

    @Test
    void aCardKeepsAtMostFiveItemsAndRefusesBadIdsAndCounts() {
        HomeCardItem item = new HomeCardItem("2026/000001", LocalDate.of(2026, 12, 1), true, HomeLink.of("x"));
        HomeCard card = new HomeCard("cases.overdue", "k", 9, Collections.nCopies(8, item), HomeLink.of("x"), 1, null);
        assertEquals(HomeCard.MAX_ITEMS, card.items().size());
        assertEquals(HomeCard.Severity.NORMAL, card.severity());
        assertThrows(IllegalArgumentException.class,
                () -> new HomeCard("Cases Overdue", "k", 1, List.of(), HomeLink.of("x"), 1, null));
        assertThrows(IllegalArgumentException.class,
                () -> new HomeCard("cases.x", "k", -1, List.of(), HomeLink.of("x"), 1, null));
    }
}
