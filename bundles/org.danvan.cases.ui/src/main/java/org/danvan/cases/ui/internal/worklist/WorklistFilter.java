package org.danvan.cases.ui.internal.worklist;

import java.time.LocalDate;
import java.util.Set;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.Worklist;

/**
 * What the worklist screen asks for, independent of paging. Empty sets and blank text mean "no restriction", as in
 * {@link CaseQuery}.
 *
 * @param worklist the predefined list (tab)
 * @param kinds only these kinds, empty for all
 * @param statuses only these statuses, empty for all
 * @param unitId only this unit, or {@code null}
 * @param includeSubunits with the unit's subtree
 * @param receivedFrom received on or after, or {@code null}
 * @param receivedTo received on or before, or {@code null}
 * @param handlerUserId only this handler's cases, or {@code null}
 * @param text search words, or {@code null}
 * @param sortByDueDate soonest due first instead of newest received first
 */
public record WorklistFilter(Worklist worklist, Set<CaseKind> kinds, Set<CaseStatus> statuses, Long unitId,
        boolean includeSubunits, LocalDate receivedFrom, LocalDate receivedTo, Long handlerUserId, String text,
        boolean sortByDueDate) {

    /** The engine's limit on search text. */
    public static final int TEXT_MAX = 200;

    public WorklistFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = normalizedText(text);
    }

    /** A tab without other restrictions; the due-date lists sort by due date. */
    public static WorklistFilter of(Worklist worklist) {
        boolean dueFirst = worklist == Worklist.NEAR_DUE || worklist == Worklist.OVERDUE;
        return new WorklistFilter(worklist, Set.of(), Set.of(), null, false, null, null, null, null, dueFirst);
    }

    /** Blank becomes {@code null}; runs of white space become one space, so a retyped space does not re-query. */
    static String normalizedText(String text) {
        if (text == null) {
            return null;
        }
        String words = text.strip().replaceAll("\\s+", " ");
        return words.isEmpty() ? null : words;
    }

    /** Whether the received-date range is usable (the end not before the start). */
    public boolean validRange() {
        return receivedFrom == null || receivedTo == null || !receivedTo.isBefore(receivedFrom);
    }

    /** The engine query for one page. */
    public CaseQuery page(int offset, int limit) {
        return new CaseQuery(worklist, kinds.isEmpty() ? null : kinds, statuses.isEmpty() ? null : statuses, unitId,
                unitId != null && includeSubunits, receivedFrom, receivedTo, handlerUserId, text, sortByDueDate,
                offset, limit);
    }
}
