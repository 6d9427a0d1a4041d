package org.danvan.cases.ui.internal.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.DueState;
import org.danvan.cases.api.Page;
import org.danvan.cases.api.Worklist;
import org.danvan.cases.ui.internal.testing.FakeCases;
import org.danvan.cases.ui.internal.testing.TestUsers;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.spi.HomeCard;
import org.danvan.platform.ui.spi.HomeCard.Severity;
import org.junit.jupiter.api.Test;

/**
 * The case cards against the case API: which lists each card asks for (the engine applies the user's scope; its
 * worklists are tested on H2 and MariaDB in the engine's bundle), what it counts and where it leads.
 */
class CaseHomeCardsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final UserPrincipal HANDLER = new UserPrincipal(9, "cuong", "Lê Văn Cường", 12L, "Xã Tiên Du",
            Set.of(CasePermissions.VIEW, CasePermissions.RESOLVE));

    private final FakeCases cases = new FakeCases();
    private final CaseHomeCards provider = new CaseHomeCards(cases, () -> TODAY);

    private static CaseSummary row(long id, LocalDate due, String excerpt) {
        return new CaseSummary(id, "2026/0000" + id, 12, CaseKind.COMPLAINT_FIRST, CaseStatus.ACCEPTED,
                LocalDate.of(2026, 10, 1), "complaint.first.resolve", due, DueState.ON_TIME, 9L, null, excerpt, 1);
    }

    private Map<String, HomeCard> byId(List<HomeCard> cards) {
        return cards.stream().collect(Collectors.toMap(HomeCard::id, c -> c));
    }

    @Test
    void theHeadOfAUnitGetsEveryCardInOrderEachOpeningItsFilteredList() {
        cases.pages = query -> switch (query.worklist()) {
            case OVERDUE -> new Page<>(List.of(row(1, TODAY.minusDays(4), "Khiếu nại quyết định thu hồi đất")), 12);
            case UNIT_QUEUE -> new Page<>(List.of(row(2, TODAY.plusDays(20), "Kiến nghị sửa đường")), 3);
            default -> new Page<>(List.of(), 0);
        };
        List<HomeCard> cards = provider.cards(TestUsers.OFFICER);
        assertEquals(List.of("cases.mine-overdue", "cases.mine-today", "cases.mine-near-due", "cases.unit-overdue",
                "cases.unit-queue", "cases.to-classify", "cases.to-accept"),
                cards.stream().sorted(java.util.Comparator.comparingInt(HomeCard::order)).map(HomeCard::id).toList());
        Map<String, HomeCard> card = byId(cards);

        HomeCard unitOverdue = card.get("cases.unit-overdue");
        assertEquals(12, unitOverdue.count(), "the count is the list's total, not the rows shown");
        assertEquals(Severity.DANGER, unitOverdue.severity());
        assertEquals("ho-so-vu-viec?ds=OVERDUE", unitOverdue.seeAll().location());
        assertEquals("ho-so-vu-viec/chi-tiet?id=1", unitOverdue.items().get(0).target().location());
        assertEquals("2026/00001 · Khiếu nại quyết định thu hồi đất", unitOverdue.items().get(0).label());
        assertTrue(unitOverdue.items().get(0).late());
        assertEquals(TODAY.minusDays(4), unitOverdue.items().get(0).date());

        assertEquals("ho-so-vu-viec?ds=OVERDUE&cua-toi=1", card.get("cases.mine-overdue").seeAll().location());
        assertEquals("ho-so-vu-viec?ds=UNIT_QUEUE", card.get("cases.unit-queue").seeAll().location());
        assertFalse(card.get("cases.unit-queue").items().get(0).late());
        assertEquals("ho-so-vu-viec?ds=ALL&trang-thai=RECEIVED", card.get("cases.to-classify").seeAll().location());
        assertEquals("ho-so-vu-viec?ds=ALL&trang-thai=CLASSIFIED", card.get("cases.to-accept").seeAll().location());

        // what was asked of the engine: my lists carry my id, the unit's do not; all soonest due first
        CaseQuery mineOverdue = cases.queries.stream()
                .filter(q -> q.worklist() == Worklist.OVERDUE && q.handlerUserId() != null).findFirst().orElseThrow();
        assertEquals(7L, mineOverdue.handlerUserId());
        assertTrue(cases.queries.stream().allMatch(CaseQuery::sortByDueDate));
        assertTrue(cases.queries.stream().filter(q -> q.worklist() == Worklist.UNIT_QUEUE)
                .allMatch(q -> q.handlerUserId() == null));
        assertEquals(Set.of(CaseStatus.RECEIVED), cases.queries.stream()
                .filter(q -> q.worklist() == Worklist.ALL && q.statuses().contains(CaseStatus.RECEIVED))
                .findFirst().orElseThrow().statuses());
    }

    @Test
    void myNearDueCasesAreSplitIntoDueTodayAndDueLater() {
        cases.pages = query -> query.worklist() == Worklist.NEAR_DUE
                ? new Page<>(List.of(row(3, TODAY, "a"), row(4, TODAY, "b"), row(5, TODAY.plusDays(2), "c")), 3)
                : new Page<>(List.of(), 0);
        Map<String, HomeCard> card = byId(provider.cards(HANDLER));
        assertEquals(2, card.get("cases.mine-today").count());
        assertEquals(List.of("ho-so-vu-viec/chi-tiet?id=3", "ho-so-vu-viec/chi-tiet?id=4"),
                card.get("cases.mine-today").items().stream().map(i -> i.target().location()).toList());
        assertEquals(1, card.get("cases.mine-near-due").count());
        assertEquals("ho-so-vu-viec?ds=NEAR_DUE&cua-toi=1", card.get("cases.mine-near-due").seeAll().location());
        assertEquals(0, card.get("cases.mine-overdue").count());
        CaseQuery near = cases.queries.stream().filter(q -> q.worklist() == Worklist.NEAR_DUE).findFirst()
                .orElseThrow();
        assertEquals(9L, near.handlerUserId());
        assertEquals(CaseHomeCards.NEAR_DUE_SCAN, near.limit());
    }

    @Test
    void aHandlerWhoMayNeitherAssignNorDecideSeesOnlyHisOwnCases() {
        cases.pages = query -> new Page<>(List.of(), 0);
        assertEquals(Set.of("cases.mine-overdue", "cases.mine-today", "cases.mine-near-due"),
                byId(provider.cards(HANDLER)).keySet());
        assertTrue(cases.queries.stream().allMatch(q -> Long.valueOf(9).equals(q.handlerUserId())),
                "no query of the unit's lists was even made");
        assertEquals(CasePermissions.VIEW, provider.permission(), "without case.view the shell does not ask");
    }

    @Test
    void aCardShowsAtMostFiveItemsAndLongSubjectsAreCut() {
        List<CaseSummary> many = java.util.stream.LongStream.rangeClosed(1, 8)
                .mapToObj(i -> row(i, TODAY.minusDays(i), "x".repeat(200))).toList();
        cases.pages = query -> query.worklist() == Worklist.OVERDUE ? new Page<>(many, 8) : new Page<>(List.of(), 0);
        HomeCard overdue = byId(provider.cards(HANDLER)).get("cases.mine-overdue");
        assertEquals(8, overdue.count());
        assertEquals(HomeCard.MAX_ITEMS, overdue.items().size());
        String label = overdue.items().get(0).label();
        assertTrue(label.endsWith("…") && label.length() < 100, label);
    }
}
