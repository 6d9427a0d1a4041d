package org.danvan.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.danvan.calendar.api.AnnouncementKind;
import org.danvan.calendar.api.CalendarAnnouncement;
import org.danvan.calendar.internal.model.AnnouncementEntity;
import org.danvan.calendar.internal.model.SeededYearEntity;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.persistence.api.EntityStore;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/** The stored announcements; every method is one transaction. Inputs are validated by the caller. */
public final class AnnouncementRepository {

    /** The login recorded for rows seeded from the shipped defaults. */
    public static final String SYSTEM = "system";

    private final EntityStore store;
    private final Clock clock;

    /**
     * A repository on the calendar unit.
     *
     * @param store the calendar persistence unit
     * @param clock the clock for creation times (UTC)
     */
    public AnnouncementRepository(EntityStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Copies the shipped announcements of every year not seeded before, in one transaction. A shipped day that is
     * already stored (an administrator announced it first) is left as stored.
     *
     * @param shipped the shipped announcements by year
     * @return the years seeded now
     */
    public Set<Integer> seed(Map<Integer, YearAnnouncement> shipped) {
        return store.inTransaction(em -> {
            Set<Integer> done = new HashSet<>(em.createQuery("SELECT s.year FROM CalendarSeededYear s", Integer.class)
                    .getResultList());
            Set<LocalDate> stored = new HashSet<>(em.createQuery("SELECT a.day FROM CalendarAnnouncement a",
                    LocalDate.class).getResultList());
            LocalDateTime now = LocalDateTime.now(clock);
            Set<Integer> seeded = new TreeSet<>();
            for (YearAnnouncement year : shipped.values()) {
                if (done.contains(year.year())) {
                    continue;
                }
                for (AnnouncedDay day : year.days()) {
                    if (!stored.contains(day.date())) {
                        em.persist(new AnnouncementEntity(day.date(), AnnouncementKind.valueOf(day.kind().name()),
                                day.nameKey(), day.name(), day.legalDocument(), true, SYSTEM, now));
                    }
                }
                em.persist(new SeededYearEntity(year.year(), now));
                seeded.add(year.year());
            }
            return seeded;
        });
    }

    /**
     * Every stored announcement, by year, as the working calendar reads them.
     *
     * @return the announcements
     */
    public Map<Integer, YearAnnouncement> load() {
        List<AnnouncementEntity> rows = store.read(em -> em
                .createQuery("SELECT a FROM CalendarAnnouncement a", AnnouncementEntity.class).getResultList());
        Map<Integer, List<AnnouncedDay>> byYear = new TreeMap<>();
        for (AnnouncementEntity row : rows) {
            byYear.computeIfAbsent(row.day().getYear(), y -> new ArrayList<>()).add(new AnnouncedDay(row.day(),
                    AnnouncedDay.Kind.valueOf(row.kind().name()), row.nameKey(), row.name(), row.legalDocument()));
        }
        Map<Integer, YearAnnouncement> result = new TreeMap<>();
        byYear.forEach((year, days) -> result.put(year, new YearAnnouncement(year, days)));
        return result;
    }

    /**
     * The announcements of a year, in date order.
     *
     * @param year the year
     * @return the announcements
     */
    public List<CalendarAnnouncement> list(int year) {
        return store.read(em -> em.createQuery("SELECT a FROM CalendarAnnouncement a WHERE a.day >= :from "
                + "AND a.day <= :to ORDER BY a.day", AnnouncementEntity.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList().stream().map(AnnouncementRepository::toApi).toList());
    }

    /**
     * One announcement.
     *
     * @param id the row id
     * @return the row, empty if it does not exist
     */
    public java.util.Optional<CalendarAnnouncement> find(long id) {
        return store.read(em -> java.util.Optional.ofNullable(em.find(AnnouncementEntity.class, id))
                .map(AnnouncementRepository::toApi));
    }

    /**
     * Whether a day is announced.
     *
     * @param day the day
     * @return true if a row exists for it
     */
    public boolean exists(LocalDate day) {
        return store.read(em -> em.createQuery("SELECT COUNT(a) FROM CalendarAnnouncement a WHERE a.day = :day",
                Long.class).setParameter("day", day).getSingleResult() > 0);
    }

    /**
     * Stores an announcement.
     *
     * @param record writes the audit entry of the new row, last in the same unit of work: both commit or neither
     * @return the stored row
     * @throws ValidationException {@code calendar.error.alreadyAnnounced} when the day was announced meanwhile
     */
    public CalendarAnnouncement insert(LocalDate day, AnnouncementKind kind, String nameKey, String name,
            String legalDocument, String login, Consumer<CalendarAnnouncement> record) {
        try {
            return store.inTransaction(em -> {
                AnnouncementEntity row = new AnnouncementEntity(day, kind, nameKey, name, legalDocument, false, login,
                        LocalDateTime.now(clock));
                em.persist(row);
                em.flush();
                CalendarAnnouncement stored = toApi(row);
                record.accept(stored);
                return stored;
            });
        } catch (PersistenceException e) {
            // the unique key on the day: another administrator announced it between our check and our commit
            if (exists(day)) {
                throw ValidationException.of("date", "calendar.error.alreadyAnnounced", day);
            }
            throw e;
        }
    }

    /**
     * Removes an announcement.
     *
     * @param id the row id
     * @param version the version the administrator saw
     * @param record writes the audit entry of the removal, last in the same unit of work
     * @return the removed row
     * @throws ValidationException {@code calendar.error.notFound} or {@code calendar.error.stale}
     */
    public CalendarAnnouncement delete(long id, long version, Consumer<CalendarAnnouncement> record) {
        try {
            return store.inTransaction(em -> {
                AnnouncementEntity row = em.find(AnnouncementEntity.class, id);
                if (row == null) {
                    throw ValidationException.of(null, "calendar.error.notFound", id);
                }
                if (row.version() != version) {
                    throw ValidationException.of(null, "calendar.error.stale", row.day());
                }
                CalendarAnnouncement removed = toApi(row);
                em.remove(row);
                em.flush();
                record.accept(removed);
                return removed;
            });
        } catch (PersistenceException e) {
            if (isOptimisticLock(e)) {
                throw ValidationException.of(null, "calendar.error.stale", id);
            }
            throw e;
        }
    }

    /** JPA's or EclipseLink's own optimistic-lock exception, possibly wrapped in a rollback exception. */
    private static boolean isOptimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || "OptimisticLockException".equals(t.getClass().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    private static CalendarAnnouncement toApi(AnnouncementEntity row) {
        return new CalendarAnnouncement(row.id(), row.version(), row.day(), row.kind(), row.nameKey(), row.name(),
                row.legalDocument(), row.shipped());
    }
}
