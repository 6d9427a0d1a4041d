package org.danvan.cases.ui.internal.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.Worklist;
import org.junit.jupiter.api.Test;

class WorklistFilterTest {

    @Test
    void emptyChoicesDoNotRestrictAndBlankTextIsNoSearch() {
        WorklistFilter filter = new WorklistFilter(Worklist.ALL, Set.of(), Set.of(), null, true, null, null, null,
                "   ", false);
        CaseQuery query = filter.page(100, 50);
        assertNull(query.kinds());
        assertNull(query.statuses());
        assertNull(query.text());
        assertFalse(query.includeSubunits(), "subunits without a unit mean nothing");
        assertEquals(100, query.offset());
        assertEquals(50, query.limit());
    }

    @Test
    void typedSpacesDoNotMakeANewSearch() {
        WorklistFilter a = new WorklistFilter(Worklist.ALL, null, null, null, false, null, null, null, "Nguyễn  Văn ",
                false);
        WorklistFilter b = new WorklistFilter(Worklist.ALL, null, null, null, false, null, null, null, " Nguyễn Văn",
                false);
        assertEquals(a, b, "equal filters do not re-query the engine");
        assertEquals("Nguyễn Văn", a.page(0, 1).text());
    }

    @Test
    void everyChoiceReachesTheQuery() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        WorklistFilter filter = new WorklistFilter(Worklist.UNIT_QUEUE, Set.of(CaseKind.DENUNCIATION),
                Set.of(CaseStatus.RECEIVED, CaseStatus.CLASSIFIED), 12L, true, from, to, 7L, "dat dai", true);
        CaseQuery q = filter.page(0, 50);
        assertEquals(Worklist.UNIT_QUEUE, q.worklist());
        assertEquals(Set.of(CaseKind.DENUNCIATION), q.kinds());
        assertEquals(Set.of(CaseStatus.RECEIVED, CaseStatus.CLASSIFIED), q.statuses());
        assertEquals(12L, q.unitId());
        assertTrue(q.includeSubunits());
        assertEquals(from, q.receivedFrom());
        assertEquals(to, q.receivedTo());
        assertEquals(7L, q.handlerUserId());
        assertTrue(q.sortByDueDate());
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        LocalDate day = LocalDate.of(2026, 5, 1);
        assertTrue(new WorklistFilter(Worklist.ALL, null, null, null, false, day, day, null, null, false).validRange());
        assertFalse(new WorklistFilter(Worklist.ALL, null, null, null, false, day, day.minusDays(1), null, null, false)
                .validRange());
    }

    @Test
    void aDrillDownLinkOpensTheAskedList() {
        WorklistFilter filter = WorklistLink.parse(Map.of("ds", List.of("overdue"), "loai",
                List.of("COMPLAINT_FIRST,DENUNCIATION"), "trang-thai", List.of("ACCEPTED"), "don-vi", List.of("42"),
                "cap-duoi", List.of("1")), Worklist.MINE);
        assertEquals(Worklist.OVERDUE, filter.worklist());
        assertEquals(Set.of(CaseKind.COMPLAINT_FIRST, CaseKind.DENUNCIATION), filter.kinds());
        assertEquals(Set.of(CaseStatus.ACCEPTED), filter.statuses());
        assertEquals(42L, filter.unitId());
        assertTrue(filter.includeSubunits());
        assertTrue(filter.sortByDueDate());
    }

    @Test
    void aStaleOrForgedLinkStillOpensTheDefaultList() {
        WorklistFilter filter = WorklistLink.parse(Map.of("ds", List.of("NOPE"), "loai", List.of("X,,"), "don-vi",
                List.of("1 OR 1=1")), Worklist.MINE);
        assertEquals(Worklist.MINE, filter.worklist());
        assertTrue(filter.kinds().isEmpty());
        assertNull(filter.unitId());
    }

    @Test
    void aLinkForMyCasesRestrictsToTheSignedInHandlerOnly() {
        WorklistFilter mine = WorklistLink.parse(Map.of("ds", List.of("OVERDUE"), "cua-toi", List.of("1")),
                Worklist.MINE, 7L);
        assertEquals(Worklist.OVERDUE, mine.worklist());
        assertEquals(7L, mine.handlerUserId());
        assertEquals(7L, mine.page(0, 50).handlerUserId());
        assertNull(WorklistLink.parse(Map.of("cua-toi", List.of("1")), Worklist.MINE).handlerUserId(),
                "without a signed-in user the parameter means nothing");
        assertNull(WorklistLink.parse(Map.of("cua-toi", List.of("12")), Worklist.MINE, 7L).handlerUserId(),
                "only 1 asks for my cases; it never names another handler");
    }
}
