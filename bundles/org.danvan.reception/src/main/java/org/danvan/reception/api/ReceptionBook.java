package org.danvan.reception.api;

import java.util.List;
import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The reception book (form 03 of Circular 04/2021/TT-TTCP). Entries are numbered per unit and year without gaps,
 * even when several officers record at the same moment. The citizen's name, address and identity card number are
 * personal data (Law 91/2025/QH15): stored encrypted, searchable only by whole words through keyed hashes.
 * <p>
 * Reading needs {@link ReceptionPermissions#VIEW}, writing {@link ReceptionPermissions#RECORD} on the entry's unit.
 * Refused input throws {@link org.danvan.platform.api.validation.ValidationException}, a stale version
 * {@link jakarta.persistence.OptimisticLockException}, a missing permission
 * {@link org.danvan.platform.api.security.AccessDeniedException}.
 */
@ProviderType
public interface ReceptionBook {

    /** The largest page {@link #page} returns. */
    int MAX_PAGE_SIZE = 200;

    /** Records a new entry with the next number of the unit's book for the entry's year. */
    BookEntry record(BookEntryDraft draft, UserPrincipal user);

    /** Corrects an entry; its unit and year (hence its number) cannot change. */
    BookEntry correct(long entryId, long expectedVersion, BookEntryDraft draft, UserPrincipal user);

    /** An entry, if it exists and the user may read it. */
    Optional<BookEntry> find(long entryId, UserPrincipal user);

    /** A page of entries matching the filter within the user's scope, newest first. */
    List<BookEntry> page(BookFilter filter, int offset, int limit, UserPrincipal user);

    /** The number of entries {@link #page} would page through. */
    long count(BookFilter filter, UserPrincipal user);

    /**
     * Turns an entry into a case of the case engine (channel: reception office, with a reference back to the entry)
     * and stores the case id on the entry. Exactly once: a second call, concurrent or later, returns the same case.
     * Needs {@link ReceptionPermissions#RECORD}; refused for an entry returned to the citizen.
     *
     * @return the case id
     * @throws IllegalStateException when the case engine is not installed
     */
    long openCase(long entryId, UserPrincipal user);
}
