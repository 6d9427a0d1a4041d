package org.danvan.reception.ui.internal.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.reception.api.BookEntry;
import org.danvan.reception.api.BookEntryDraft;
import org.danvan.reception.api.BookFilter;
import org.danvan.reception.api.ReceptionBook;

/** The reception book in memory, recording what the screens asked. {@link #refuseNext} makes the next write fail as the real service would. */
public final class FakeBook implements ReceptionBook {

    public final Map<Long, BookEntry> entries = new LinkedHashMap<>();
    public final List<BookFilter> pageFilters = new ArrayList<>();
    public final List<int[]> pageCalls = new ArrayList<>();
    public final List<Long> openCaseCalls = new ArrayList<>();
    public boolean caseEngineMissing;
    public RuntimeException refuseNext;
    private long nextId = 100;

    private void refuseIfAsked() {
        RuntimeException failure = refuseNext;
        refuseNext = null;
        if (failure != null) {
            throw failure;
        }
    }


    public BookEntry addEntry(BookEntryDraft d, Long caseId) {
        long id = nextId++;
        int number = (int) entries.values().stream().filter(e -> e.unitId() == d.unitId()).count() + 1;
        BookEntry entry = new BookEntry(id, 1, d.unitId(), d.receivedOn().getYear(), number, d.receivedOn(),
                d.citizenName(), d.citizenAddress(), d.idNumber(), d.content(), d.petitionKind(), d.peopleCount(),
                d.previouslyHandledBy(), d.disposition(), d.transferredTo(), d.followUp(), d.notes(), d.sessionId(),
                caseId, "lan", Instant.parse("2026-03-02T03:00:00Z"), d.refusalGround(), d.refusalNoticeOn());
        entries.put(id, entry);
        return entry;
    }

    @Override
    public BookEntry record(BookEntryDraft draft, UserPrincipal user) {
        refuseIfAsked();
        return addEntry(draft, null);
    }

    @Override
    public BookEntry correct(long entryId, long expectedVersion, BookEntryDraft d, UserPrincipal user) {
        refuseIfAsked();
        BookEntry old = entries.get(entryId);
        BookEntry entry = new BookEntry(entryId, old.version() + 1, old.unitId(), old.year(), old.number(),
                d.receivedOn(), d.citizenName(), d.citizenAddress(), d.idNumber(), d.content(), d.petitionKind(),
                d.peopleCount(), d.previouslyHandledBy(), d.disposition(), d.transferredTo(), d.followUp(), d.notes(),
                d.sessionId(), old.caseId(), old.recordedBy(), old.recordedAt(), d.refusalGround(), d.refusalNoticeOn());
        entries.put(entryId, entry);
        return entry;
    }

    @Override
    public Optional<BookEntry> find(long entryId, UserPrincipal user) {
        return Optional.ofNullable(entries.get(entryId));
    }

    @Override
    public List<BookEntry> page(BookFilter filter, int offset, int limit, UserPrincipal user) {
        if (limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit " + limit);
        }
        pageFilters.add(filter);
        pageCalls.add(new int[] { offset, limit });
        List<BookEntry> all = entries.values().stream()
                .filter(e -> filter.unitId() == null || e.unitId() == filter.unitId())
                .sorted(Comparator.comparing(BookEntry::id).reversed()).toList();
        return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
    }

    @Override
    public long count(BookFilter filter, UserPrincipal user) {
        refuseIfAsked();
        return entries.values().stream().filter(e -> filter.unitId() == null || e.unitId() == filter.unitId()).count();
    }

    @Override
    public long openCase(long entryId, UserPrincipal user) {
        openCaseCalls.add(entryId);
        if (caseEngineMissing) {
            throw new IllegalStateException("no case engine");
        }
        refuseIfAsked();
        BookEntry e = entries.get(entryId);
        long caseId = e.caseId() != null ? e.caseId() : 5000 + entryId;
        entries.put(entryId, new BookEntry(e.id(), e.version() + 1, e.unitId(), e.year(), e.number(), e.receivedOn(),
                e.citizenName(), e.citizenAddress(), e.idNumber(), e.content(), e.petitionKind(), e.peopleCount(),
                e.previouslyHandledBy(), e.disposition(), e.transferredTo(), e.followUp(), e.notes(), e.sessionId(),
                caseId, e.recordedBy(), e.recordedAt()));
        return caseId;
    }

}
