package org.danvan.cases.ui.internal.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.DueState;
import org.danvan.cases.api.Page;
import org.danvan.cases.api.Worklist;
import org.junit.jupiter.api.Test;

/**
 * The grid's paging against an engine stand-in that serves {@code total} numbered rows and records every query, as
 * the engine's own paging does (offset, limit 1..500, total on every page).
 */
class PagedCaseSourceTest {

    private final List<CaseQuery> asked = new ArrayList<>();

    private Page<CaseSummary> engine(CaseQuery q, long total) {
        asked.add(q);
        if (q.limit() < 1 || q.limit() > 500 || q.offset() < 0) {
            throw new IllegalArgumentException("the engine refuses limit " + q.limit());
        }
        long end = Math.min(total, (long) q.offset() + q.limit());
        List<CaseSummary> rows = LongStream.range(Math.min(q.offset(), total), end).mapToObj(PagedCaseSourceTest::row)
                .toList();
        return new Page<>(rows, total);
    }

    private static WorklistFilter withText(WorklistFilter f, String text) {
        return new WorklistFilter(f.worklist(), f.kinds(), f.statuses(), f.unitId(), f.includeSubunits(),
                f.receivedFrom(), f.receivedTo(), f.handlerUserId(), text, f.sortByDueDate());
    }

    private static CaseSummary row(long id) {
        return new CaseSummary(id, "2026/" + id, 1, CaseKind.COMPLAINT_FIRST, CaseStatus.RECEIVED,
                LocalDate.of(2026, 1, 1), null, null, DueState.ON_TIME, null, null, null, 0);
    }

    @Test
    void theSizeQuestionAndTheFirstRowsCostOneEngineCall() {
        PagedCaseSource source = new PagedCaseSource(q -> engine(q, 100_000));
        WorklistFilter filter = withText(WorklistFilter.of(Worklist.ALL), "  đất   đai ");
        assertEquals(100_000, source.count(filter));
        List<CaseSummary> rows = source.fetch(filter, 0, 50).toList();
        assertEquals(50, rows.size());
        assertEquals(0, rows.get(0).id());
        assertEquals(1, asked.size(), "count and first page share one engine call");
        assertEquals("đất đai", asked.get(0).text());
        assertEquals(0, asked.get(0).offset());
    }

    @Test
    void laterRowsAreFetchedInEnginePagesOfAtMostFiveHundred() {
        PagedCaseSource source = new PagedCaseSource(q -> engine(q, 100_000));
        WorklistFilter filter = WorklistFilter.of(Worklist.MINE);
        source.count(filter);
        List<CaseSummary> rows = source.fetch(filter, 1_000, 1_200).toList();
        assertEquals(1_200, rows.size());
        assertEquals(1_000, rows.get(0).id());
        assertEquals(2_199, rows.get(rows.size() - 1).id());
        List<CaseQuery> fetches = asked.subList(1, asked.size());
        assertEquals(List.of(500, 500, 200), fetches.stream().map(CaseQuery::limit).toList());
        assertEquals(List.of(1_000, 1_500, 2_000), fetches.stream().map(CaseQuery::offset).toList());
    }

    @Test
    void fetchingStopsAtTheEnd() {
        PagedCaseSource source = new PagedCaseSource(q -> engine(q, 1_100));
        WorklistFilter filter = WorklistFilter.of(Worklist.MINE);
        assertEquals(1_100, source.count(filter));
        assertEquals(100, source.fetch(filter, 1_000, 1_000).count());
        assertEquals(2, asked.size(), "one page beyond the end is not asked for");
    }

    @Test
    void aNewFilterIsAskedAfreshNotServedFromTheKeptPage() {
        PagedCaseSource source = new PagedCaseSource(q -> engine(q, 10));
        WorklistFilter mine = WorklistFilter.of(Worklist.MINE);
        source.count(mine);
        WorklistFilter overdue = WorklistFilter.of(Worklist.OVERDUE);
        source.fetch(overdue, 0, 5).toList();
        assertEquals(2, asked.size());
        assertEquals(Worklist.OVERDUE, asked.get(1).worklist());
        assertTrue(asked.get(1).sortByDueDate(), "the due lists sort by due date");
        source.invalidate();
        source.fetch(mine, 0, 5).toList();
        assertEquals(3, asked.size(), "after invalidate the kept page is not reused");
    }
}
