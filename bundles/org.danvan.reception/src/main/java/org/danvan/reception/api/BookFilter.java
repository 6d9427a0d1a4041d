package org.danvan.reception.api;

import java.time.LocalDate;

/**
 * Criteria for listing the reception book; {@code null} components do not restrict.
 *
 * @param unitId entries of this unit only (the user's scope applies anyway)
 * @param from received on or after
 * @param to received on or before
 * @param text words that must all occur, without regard to case or diacritics, in the content or as whole words of
 *            the citizen's name (names are stored encrypted; only whole words can be matched), or an exact
 *            identity card number
 * @param disposition this disposition only
 */
public record BookFilter(Long unitId, LocalDate from, LocalDate to, String text, Disposition disposition) {

    /** No restriction beyond the user's scope. */
    public static BookFilter any() {
        return new BookFilter(null, null, null, null, null);
    }
}
