package org.danvan.cases.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * Criteria of a worklist page; {@code null} components do not restrict.
 *
 * @param worklist the predefined list
 * @param kinds only these kinds
 * @param statuses only these statuses
 * @param unitId only this unit (with its subtree when {@code includeSubunits})
 * @param includeSubunits whether {@code unitId} includes its subtree
 * @param receivedFrom received on or after
 * @param receivedTo received on or before
 * @param handlerUserId only cases of this handler
 * @param text words to find, ignoring diacritics and case: each word must prefix a word of the content, the
 *            concerned party or the number, or equal a word of a (non-denunciation) petitioner's name
 * @param sortByDueDate sort by due date (open first, soonest first) instead of newest received first
 * @param offset rows to skip
 * @param limit page size (1..500)
 */
public record CaseQuery(Worklist worklist, Set<CaseKind> kinds, Set<CaseStatus> statuses, Long unitId,
        boolean includeSubunits, LocalDate receivedFrom, LocalDate receivedTo, Long handlerUserId, String text,
        boolean sortByDueDate, int offset, int limit) {

    /** A worklist's first page of 50 rows. */
    public static CaseQuery of(Worklist worklist) {
        return new CaseQuery(worklist, null, null, null, false, null, null, null, null, false, 0, 50);
    }

    /** The same criteria with a text search. */
    public CaseQuery withText(String words) {
        return new CaseQuery(worklist, kinds, statuses, unitId, includeSubunits, receivedFrom, receivedTo,
                handlerUserId, words, sortByDueDate, offset, limit);
    }

    /** The same criteria restricted to a unit. */
    public CaseQuery withUnit(Long unit, boolean subunits) {
        return new CaseQuery(worklist, kinds, statuses, unit, subunits, receivedFrom, receivedTo, handlerUserId, text,
                sortByDueDate, offset, limit);
    }
}
