package org.danvan.reception.ui.internal.book;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.reception.api.BookEntry;
import org.danvan.reception.api.BookFilter;
import org.danvan.reception.api.ReceptionBook;

/** Serves the book's lazy grid: the grid's row requests cut into service pages of at most {@link ReceptionBook#MAX_PAGE_SIZE}. */
public final class BookSource implements Serializable {

    private static final long serialVersionUID = 1L;

    private final transient ReceptionBook book;
    private final UserPrincipal user;

    public BookSource(ReceptionBook book, UserPrincipal user) {
        this.book = book;
        this.user = user;
    }

    /** The number of entries matching the filter. */
    public int count(BookFilter filter) {
        return (int) Math.min(Integer.MAX_VALUE, book.count(filter, user));
    }

    /** Entries {@code offset} to {@code offset + limit}, newest first. */
    public Stream<BookEntry> fetch(BookFilter filter, int offset, int limit) {
        List<BookEntry> rows = new ArrayList<>(Math.max(0, Math.min(limit, ReceptionBook.MAX_PAGE_SIZE)));
        int at = offset;
        int wanted = limit;
        while (wanted > 0) {
            int size = Math.min(wanted, ReceptionBook.MAX_PAGE_SIZE);
            List<BookEntry> page = book.page(filter, at, size, user);
            rows.addAll(page);
            if (page.size() < size) {
                break;
            }
            at += size;
            wanted -= size;
        }
        return rows.stream();
    }
}
