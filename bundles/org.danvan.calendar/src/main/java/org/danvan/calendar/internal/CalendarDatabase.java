package org.danvan.calendar.internal;

import java.time.Clock;
import java.util.Set;

import org.danvan.calendar.internal.model.AnnouncementEntity;
import org.danvan.calendar.internal.model.SeededYearEntity;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the calendar persistence unit: migrates the schema, seeds the shipped announcements of years not seeded
 * before, and holds the live working calendar that the calendar's services share.
 */
@Component(service = CalendarDatabase.class, immediate = true)
public class CalendarDatabase {

    /** The calendar persistence unit: name, changelog and entity classes. */
    public static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of("calendar",
            "db/calendar/changelog.xml", AnnouncementEntity.class, SeededYearEntity.class);

    private static final Logger LOG = LoggerFactory.getLogger(CalendarDatabase.class);

    private final EntityStore store;
    private final AnnouncementRepository repository;
    private final LiveWorkingCalendar calendar;

    @Activate
    public CalendarDatabase(@Reference PersistenceService persistence) {
        EntityStore opened = persistence.open(UNIT);
        try {
            this.repository = new AnnouncementRepository(opened, Clock.systemUTC());
            this.calendar = openCalendar(repository);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        this.store = opened;
        LOG.info("Calendar store ready on {}", persistence.databaseProductName());
    }

    /**
     * Seeds the shipped announcements, then builds the live calendar over the stored ones.
     *
     * @param repository the stored announcements
     * @return the live calendar
     */
    public static LiveWorkingCalendar openCalendar(AnnouncementRepository repository) {
        Set<Integer> seeded = repository.seed(AnnouncementParser.bundled(CalendarTranslations.vietnameseKeys()));
        if (!seeded.isEmpty()) {
            LOG.info("Shipped announcements stored for {}", seeded);
        }
        return new LiveWorkingCalendar(new IcuVietnameseLunarCalendar(), HolidayRules.bundled(), repository::load);
    }

    /** The stored announcements. */
    public AnnouncementRepository repository() {
        return repository;
    }

    /** The working calendar over the stored announcements. */
    public LiveWorkingCalendar calendar() {
        return calendar;
    }

    @Deactivate
    void deactivate() {
        store.close();
    }
}
