package org.danvan.cases.ui.internal.worklist;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Page;

/**
 * Serves a lazy grid from the engine's paged queries with as few calls as possible. Every engine page carries the
 * total, so the grid's size question (asked once per filter change or refresh) is answered by fetching the first
 * page, which is kept and served to the grid's row requests within it without a second call. Later requests are cut into engine pages of at most
 * {@link #MAX_LIMIT} rows.
 */
public final class PagedCaseSource implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The engine's largest page. */
    public static final int MAX_LIMIT = 500;

    /** Rows fetched with the size question; matches the grid's default page size. */
    public static final int FIRST_PAGE = 50;

    private final transient Function<CaseQuery, Page<CaseSummary>> engine;
    private WorklistFilter cachedFilter;
    private transient Page<CaseSummary> firstPage;
    private long lastTotal = -1;

    /** @param engine runs a query for the signed-in user, e.g. {@code q -> cases.find(user, q)} */
    public PagedCaseSource(Function<CaseQuery, Page<CaseSummary>> engine) {
        this.engine = engine;
    }

    /** The number of matching cases (one engine call per filter; the first page comes with it). */
    public int count(WorklistFilter filter) {
        Page<CaseSummary> page = first(filter);
        lastTotal = page.total();
        return (int) Math.min(Integer.MAX_VALUE, page.total());
    }

    /** Rows {@code offset} to {@code offset + limit}. */
    public Stream<CaseSummary> fetch(WorklistFilter filter, int offset, int limit) {
        if (limit <= 0) {
            return Stream.empty();
        }
        Page<CaseSummary> first = filter.equals(cachedFilter) ? firstPage : null;
        if (first != null && offset + limit <= FIRST_PAGE) {
            List<CaseSummary> rows = first.items();
            return rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size())).stream();
        }
        List<CaseSummary> rows = new ArrayList<>(limit);
        int at = offset;
        int wanted = limit;
        while (wanted > 0) {
            int size = Math.min(wanted, MAX_LIMIT);
            Page<CaseSummary> page = engine.apply(filter.page(at, size));
            lastTotal = page.total();
            rows.addAll(page.items());
            if (page.items().size() < size) {
                break;
            }
            at += size;
            wanted -= size;
        }
        return rows.stream();
    }

    /** Forgets the kept first page, e.g. after the user acted on a case. */
    public void invalidate() {
        cachedFilter = null;
        firstPage = null;
    }

    /** The total the last engine call reported, -1 before any. */
    public long lastTotal() {
        return lastTotal;
    }

    /** The grid asks for the size once per filter change or refresh: that is when fresh data is wanted. */
    private Page<CaseSummary> first(WorklistFilter filter) {
        firstPage = engine.apply(filter.page(0, FIRST_PAGE));
        cachedFilter = filter;
        return firstPage;
    }
}
