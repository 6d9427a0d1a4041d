package org.danvan.reception.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.danvan.platform.api.feed.FeedMarker;
import org.danvan.platform.api.feed.FeedRecord;
import org.danvan.platform.api.feed.RecordFeed;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.reception.api.PetitionKind;
import org.danvan.reception.internal.model.BookEntryEntity;
import org.danvan.reception.internal.model.SessionEntity;

/**
 * The reception book and the leaders' reception sessions as export feeds (the national database of Decree
 * 55/2022/NĐ-CP, docs/national-export.md): record types {@code reception-session} and {@code reception-entry}.
 * <p>
 * What leaves: no officer's name (a session says which role held it), never an identity card number; a citizen's name
 * and address only for kinds that cannot contain a denunciation — a denouncer's identity is a state secret (Law on
 * Denunciations 2018, art. 47), so {@link PetitionKind#DENUNCIATION} and {@link PetitionKind#MIXED} go without it. A
 * new entry is held back for a while after it was recorded ({@link #ENTRY_HOLD} unless configured), so the corrections of the day (a kind changed
 * from complaint to denunciation) are in before anything is sent.
 */
final class ReceptionFeeds {

    /** How long a new book entry stays out of the feed unless configured ({@code exportHoldHours}). */
    static final Duration ENTRY_HOLD = Duration.ofHours(24);
    /** The longest hold that may be configured: 30 days. */
    static final int MAX_HOLD_HOURS = 720;
    private static final Set<PetitionKind> PROTECTED = Set.of(PetitionKind.DENUNCIATION, PetitionKind.MIXED);

    private ReceptionFeeds() {
    }

    /** The sessions' feed. */
    static RecordFeed sessions(EntityStore store) {
        return new Feed<>(store, "reception-session", SessionEntity.class, "ReceptionSession", e -> true,
                ReceptionFeeds::session);
    }

    /** The book entries' feed. */
    static RecordFeed entries(EntityStore store, PersonalDataProtector protector, Clock clock, Duration hold) {
        return new Feed<>(store, "reception-entry", BookEntryEntity.class, "BookEntry",
                e -> !e.getRecordedAt().isAfter(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).minus(hold)),
                e -> entry(e, protector));
    }

    private static FeedRecord session(SessionEntity e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("localId", e.getId());
        f.put("date", FeedRecord.text(e.getDate()));
        f.put("place", e.getPlace());
        f.put("kind", e.getKind().name());
        f.put("status", e.getStatus().name());
        f.put("online", e.isOnline());
        f.put("plannedLeaderRole", e.getPlannedLeaderRole().name());
        f.put("heldByRole", e.getReceivedByRole() == null ? null : e.getReceivedByRole().name());
        return new FeedRecord(e.getId(), Long.toString(e.getVersion()), e.getUnitId(), e.getDate().toString(), f);
    }

    private static FeedRecord entry(BookEntryEntity e, PersonalDataProtector protector) {
        boolean identityProtected = PROTECTED.contains(e.getPetitionKind());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("localId", e.getId());
        f.put("number", e.getYear() + "/" + e.getNumber());
        f.put("receivedOn", FeedRecord.text(e.getReceivedOn()));
        f.put("sessionId", e.getSessionId());
        f.put("petitionKind", e.getPetitionKind().name());
        f.put("peopleCount", e.getPeopleCount());
        f.put("content", e.getContent());
        f.put("identityProtected", identityProtected);
        if (identityProtected) {
            f.put("citizen", null);
        } else {
            Map<String, Object> citizen = new LinkedHashMap<>();
            citizen.put("fullName", protector.decrypt(e.getCitizenNameEncrypted(), BookEntryMapper.NAME));
            citizen.put("address", protector.decrypt(e.getCitizenAddressEncrypted(), BookEntryMapper.ADDRESS));
            f.put("citizen", citizen);
        }
        f.put("disposition", e.getDisposition() == null ? null : e.getDisposition().name());
        f.put("transferredTo", e.getTransferredTo());
        f.put("refusalGround", e.getRefusalGround());
        f.put("refusalNoticeOn", FeedRecord.text(e.getRefusalNoticeOn()));
        f.put("caseId", e.getCaseId());
        return new FeedRecord(e.getId(), Long.toString(e.getVersion()), e.getUnitId(),
                e.getYear() + "/" + e.getNumber(), f);
    }

    /** One entity type as a feed: markers are the row versions. */
    private static final class Feed<E> implements RecordFeed {

        private final EntityStore store;
        private final String type;
        private final Class<E> entity;
        private final String entityName;
        private final Predicate<E> ready;
        private final Function<E, FeedRecord> view;

        Feed(EntityStore store, String type, Class<E> entity, String entityName, Predicate<E> ready,
                Function<E, FeedRecord> view) {
            this.store = store;
            this.type = type;
            this.entity = entity;
            this.entityName = entityName;
            this.ready = ready;
            this.view = view;
        }

        @Override
        public String recordType() {
            return type;
        }

        @Override
        public List<FeedMarker> markers(long afterId, int limit) {
            int size = Math.max(1, Math.min(limit, MAX_PAGE));
            return store.read(em -> em.createQuery("SELECT e.id, e.version FROM " + entityName
                    + " e WHERE e.id > :after ORDER BY e.id", Object[].class).setParameter("after", afterId)
                    .setMaxResults(size).getResultList().stream()
                    .map(r -> new FeedMarker(((Number) r[0]).longValue(), Long.toString(((Number) r[1]).longValue())))
                    .toList());
        }

        @Override
        public List<FeedRecord> read(Collection<Long> ids) {
            if (ids.isEmpty()) {
                return List.of();
            }
            if (ids.size() > MAX_PAGE) {
                throw new IllegalArgumentException("at most " + MAX_PAGE + " ids");
            }
            return store.read(em -> {
                List<FeedRecord> records = new ArrayList<>();
                for (E e : em.createQuery("SELECT e FROM " + entityName + " e WHERE e.id IN :ids ORDER BY e.id",
                        entity).setParameter("ids", ids).getResultList()) {
                    if (ready.test(e)) {
                        records.add(view.apply(e));
                    }
                }
                return records;
            });
        }
    }
}
