package org.danvan.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.danvan.calendar.api.AnnouncementDraft;
import org.danvan.calendar.api.AnnouncementKind;
import org.danvan.calendar.api.CalendarAdministration;
import org.danvan.calendar.api.CalendarAnnouncement;
import org.danvan.calendar.api.CalendarListener;
import org.danvan.calendar.api.DayUnit;
import org.danvan.calendar.api.Holiday;
import org.danvan.platform.api.audit.AuditEntry;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.audit.ChainVerification;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.internal.ModuleTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Persisted announcements on a real database (subclasses choose H2 or MariaDB): seeding, administration, audit,
 * the live calendar and the listeners. Access control and the audit trail are the platform's contracts, played
 * here by small in-memory implementations; the database is real.
 */
abstract class CalendarStoreContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T01:30:00Z"), ZoneOffset.UTC);
    private static final UserPrincipal ADMIN = new UserPrincipal(7, "admin.hn", "Nguyễn Văn An", 1L, "Hà Nội",
            Set.of(CalendarAdministration.PERMISSION));
    private static final UserPrincipal CLERK = new UserPrincipal(8, "clerk", "Trần Thị Bình", 2L, "Phường Ba Đình",
            Set.of());
    private static final String DOCUMENT = "Thông báo số 123/TB-BNV ngày 01/11/2026";

    protected ModuleTestDatabase database;
    protected EntityStore store;
    private AnnouncementRepository repository;
    private LiveWorkingCalendar calendar;
    private CalendarAdministrationService admin;
    private final List<AuditEvent> audited = new CopyOnWriteArrayList<>();
    private final List<LocalDate> notified = new CopyOnWriteArrayList<>();

    protected abstract ModuleTestDatabase createDatabase();

    @BeforeEach
    void open() {
        database = createDatabase();
        store = database.open(CalendarDatabase.UNIT);
        repository = new AnnouncementRepository(store, CLOCK);
        calendar = CalendarDatabase.openCalendar(repository);
        CalendarListener listener = notified::add;
        admin = new CalendarAdministrationService(repository, calendar, new OnePermissionAccess(), new ListAudit(),
                () -> List.of(listener));
    }

    @AfterEach
    void drop() {
        database.close();
    }

    private static AnnouncementDraft draft(String date, AnnouncementKind kind, String holidayKey, String name) {
        return new AnnouncementDraft(LocalDate.parse(date), kind, holidayKey, name, DOCUMENT);
    }

    @Test
    void shippedYearsAreSeededOnceAndARemovedShippedDayStaysRemoved() {
        List<CalendarAnnouncement> tet = admin.announcements(2026);
        assertEquals(List.of("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"),
                tet.stream().map(a -> a.date().toString()).toList());
        assertTrue(tet.stream().allMatch(a -> a.shipped() && a.kind() == AnnouncementKind.PUBLIC_HOLIDAY));
        assertEquals(Set.of(), repository.seed(AnnouncementParser.bundled(CalendarTranslations.vietnameseKeys())),
                "a second start seeds nothing");
        assertEquals(5, admin.announcements(2026).size());

        CalendarAnnouncement friday = tet.get(4);
        admin.remove(ADMIN, friday.id(), friday.version());
        // the next start: a new calendar over the same database
        LiveWorkingCalendar restarted = CalendarDatabase.openCalendar(new AnnouncementRepository(store, CLOCK));
        assertEquals(4, admin.announcements(2026).size());
        assertTrue(restarted.isWorkingDay(LocalDate.of(2026, 2, 20)), "Tết 2026 is the four announced days now");
        assertFalse(restarted.isWorkingDay(LocalDate.of(2026, 2, 19)));
    }

    @Test
    void aPreviewShowsTheEffectOnDeadlinesAndStoresNothing() {
        List<LocalDate> asked = new ArrayList<>();
        List<Boolean> mondayWorks = new ArrayList<>();
        List<LocalDate> dues = new ArrayList<>();
        org.danvan.calendar.api.DeadlineImpactProvider cases = (proposed, deadlines, first) -> {
            asked.add(first);
            mondayWorks.add(proposed.isWorkingDay(LocalDate.of(2026, 5, 4)));
            dues.add(deadlines.dueDate(LocalDate.of(2026, 4, 29), 2, DayUnit.WORKING_DAYS));
            return new org.danvan.calendar.api.DeadlineImpact(3, 2, 1, 3);
        };
        org.danvan.calendar.api.DeadlineImpactProvider other = (proposed, deadlines, first) ->
                new org.danvan.calendar.api.DeadlineImpact(4, 1, 2, 5);
        CalendarAdministrationService previewing = new CalendarAdministrationService(repository, calendar,
                new OnePermissionAccess(), new ListAudit(), () -> List.of(notified::add), () -> List.of(cases, other));
        org.danvan.calendar.api.CalendarPreview preview = previewing.previewAdd(ADMIN,
                draft("2026-05-04", AnnouncementKind.EXTRA_DAY_OFF, null, "Nghỉ hoán đổi"));
        assertEquals(LocalDate.of(2026, 5, 4), preview.firstChangedDay());
        assertEquals(new org.danvan.calendar.api.DeadlineImpact(7, 3, 1, 5), preview.impact(), "summed over modules");
        assertEquals(List.of(LocalDate.of(2026, 5, 4)), asked);
        // the proposed calendar has the day off, and deadlines count on it: 2 WD from Wed 29 April → Wed 6 May
        // (30 April and 1 May holidays, the weekend, Monday 4 May off)
        assertEquals(List.of(false), mondayWorks);
        assertEquals(List.of(LocalDate.of(2026, 5, 6)), dues);
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 5, 4)), "the live calendar is unchanged");
        assertTrue(previewing.announcements(2026).stream().noneMatch(a -> a.date().equals(LocalDate.of(2026, 5, 4))));
        assertEquals(List.of(), audited, "a preview is not a change");
        assertEquals(List.of(), notified);

        // refused exactly as saving would be; not without the permission
        ValidationException saturday = assertThrows(ValidationException.class, () -> previewing.previewAdd(ADMIN,
                draft("2026-05-09", AnnouncementKind.EXTRA_DAY_OFF, null, "Nghỉ")));
        assertEquals("calendar.error.alreadyRestDay", saturday.violations().get(0).messageKey());
        assertThrows(AccessDeniedException.class, () -> previewing.previewAdd(CLERK,
                draft("2026-05-04", AnnouncementKind.EXTRA_DAY_OFF, null, "Nghỉ")));

        // a withdrawal previewed: the day would work again; nothing is removed
        CalendarAnnouncement off = previewing.add(ADMIN, draft("2026-05-04", AnnouncementKind.EXTRA_DAY_OFF, null,
                "Nghỉ hoán đổi"));
        asked.clear();
        org.danvan.calendar.api.CalendarPreview withdrawal = previewing.previewRemove(ADMIN, off.id());
        assertEquals(LocalDate.of(2026, 5, 4), withdrawal.firstChangedDay());
        assertEquals(List.of(LocalDate.of(2026, 5, 4)), asked);
        assertEquals(List.of(false, true), mondayWorks, "withdrawn, Monday 4 May would work again");
        assertEquals(LocalDate.of(2026, 5, 5), dues.get(1));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 5, 4)), "nothing withdrawn");
        // an announcement that no longer exists is refused
        assertThrows(ValidationException.class, () -> previewing.previewRemove(ADMIN, off.id() + 1000));
    }

    @Test
    void aSwapShowsAtOnceIsAuditedAndAnnounced() {
        CivilCodeDeadlineCalculator deadlines = new CivilCodeDeadlineCalculator(calendar);
        assertEquals(LocalDate.of(2026, 5, 11), deadlines.dueDate(LocalDate.of(2026, 5, 7), 2, DayUnit.WORKING_DAYS));

        CalendarAnnouncement off = admin.add(ADMIN, draft("2026-05-04", AnnouncementKind.EXTRA_DAY_OFF, null,
                "  Nghỉ hoán đổi dịp 30/4 – 1/5  "));
        CalendarAnnouncement saturday = admin.add(ADMIN, draft("2026-05-09", AnnouncementKind.WORKING_DAY, null,
                "Làm bù cho thứ Hai 4/5"));

        assertEquals("Nghỉ hoán đổi dịp 30/4 – 1/5", off.name(), "trimmed");
        assertEquals(HolidayKeys.SWAPPED_DAY_OFF, off.nameKey());
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 5, 4)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 5, 9)));
        assertEquals(List.of(LocalDate.of(2026, 5, 9)), calendar.workingWeekendDays(2026));
        assertTrue(calendar.holidays(2026).contains(new Holiday(LocalDate.of(2026, 5, 4), HolidayKeys.SWAPPED_DAY_OFF,
                Holiday.Kind.EXTRA_DAY_OFF, "Nghỉ hoán đổi dịp 30/4 – 1/5", DOCUMENT)));
        assertEquals(LocalDate.of(2026, 5, 9), deadlines.dueDate(LocalDate.of(2026, 5, 7), 2, DayUnit.WORKING_DAYS),
                "Friday 8 May and the worked Saturday 9 May");

        assertEquals(List.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 9)), notified);
        assertEquals(List.of("calendar.announcement.added", "calendar.announcement.added"),
                audited.stream().map(AuditEvent::action).toList());
        AuditEvent first = audited.get(0);
        assertEquals("admin.hn", first.actorLogin());
        assertEquals(Long.valueOf(7), first.actorUserId());
        assertEquals(Long.toString(off.id()), first.targetId());
        assertEquals("2026-05-04", first.details().get("date"));
        assertEquals(DOCUMENT, first.details().get("legalDocument"));

        // stored, not only cached: a calendar built afresh from the database agrees, Vietnamese intact
        LiveWorkingCalendar reread = new LiveWorkingCalendar(new IcuVietnameseLunarCalendar(), HolidayRules.bundled(),
                new AnnouncementRepository(store, CLOCK)::load);
        assertFalse(reread.isWorkingDay(LocalDate.of(2026, 5, 4)));
        assertEquals("Làm bù cho thứ Hai 4/5", admin.announcements(2026).stream()
                .filter(a -> a.id() == saturday.id()).findFirst().orElseThrow().name());

        admin.remove(ADMIN, saturday.id(), saturday.version());
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 5, 9)));
        assertEquals(LocalDate.of(2026, 5, 9), notified.get(2));
        assertEquals("calendar.announcement.removed", audited.get(2).action());
    }

    /**
     * One announced Tết day for 2027 replaces the five default days of that year (Friday 5 to Tuesday 9 February,
     * mùng 1 being Saturday 6): the first day whose status changed is Friday 5 February, before the announced day.
     */
    @Test
    void listenersGetTheFirstChangedDayNotTheAnnouncedDay() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 2, 5)));
        admin.add(ADMIN, draft("2027-02-08", AnnouncementKind.PUBLIC_HOLIDAY, HolidayKeys.TET, "Tết Đinh Mùi"));
        assertEquals(List.of(LocalDate.of(2027, 2, 5)), notified);
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 2, 5)));
    }

    /** A failing listener neither undoes the committed change nor keeps the others from hearing of it. */
    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        List<LocalDate> heard = new CopyOnWriteArrayList<>();
        CalendarListener failing = day -> {
            throw new IllegalStateException("case engine down");
        };
        CalendarAdministrationService withFailing = new CalendarAdministrationService(repository, calendar,
                new OnePermissionAccess(), new ListAudit(), () -> List.of(failing, heard::add));
        withFailing.add(ADMIN, draft("2026-05-04", AnnouncementKind.EXTRA_DAY_OFF, null, "Nghỉ hoán đổi"));
        assertEquals(List.of(LocalDate.of(2026, 5, 4)), heard);
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 5, 4)));
        assertEquals(1, admin.announcements(2026).stream().filter(a -> !a.shipped()).count());
    }

    @Test
    void anAnnouncementWhoseAuditEntryFailsIsNotStoredAndMovesNoDeadline() {
        AuditTrail broken = new ListAudit() {
            @Override
            public AuditEntry record(AuditEvent event) {
                throw new IllegalStateException("the audit trail cannot be written");
            }
        };
        CalendarAdministrationService unaudited = new CalendarAdministrationService(repository, calendar,
                new OnePermissionAccess(), broken, () -> List.of(notified::add));
        assertThrows(IllegalStateException.class, () -> unaudited.add(ADMIN,
                draft("2026-05-04", AnnouncementKind.EXTRA_DAY_OFF, null, "Nghỉ hoán đổi")));
        assertEquals(0, admin.announcements(2026).stream().filter(a -> !a.shipped()).count());
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 5, 4)));
        assertEquals(List.of(), notified, "no open case follows a change that was not stored");
    }

    @Test
    void aChangeThatChangesNoWorkingDayNotifiesNobody() {
        // 2 September 2026 already is the National Day; announcing it changes its name only
        admin.add(ADMIN, draft("2026-09-02", AnnouncementKind.PUBLIC_HOLIDAY, HolidayKeys.NATIONAL_DAY, "Quốc khánh"));
        assertEquals(List.of(), notified);
        assertEquals(1, audited.size(), "still audited");
    }

    @Test
    void invalidDraftsAreRefusedAndNothingIsStored() {
        assertViolations(new AnnouncementDraft(null, null, null, " ", ""), "calendar.error.dateRequired",
                "calendar.error.kindRequired", "calendar.error.name.required",
                "calendar.error.legalDocument.required");
        assertViolations(draft("2026-05-09", AnnouncementKind.EXTRA_DAY_OFF, null, "x"),
                "calendar.error.alreadyRestDay");
        assertViolations(draft("2026-04-27", AnnouncementKind.EXTRA_DAY_OFF, null, "x"), "calendar.error.alreadyOff");
        assertViolations(draft("2026-05-08", AnnouncementKind.WORKING_DAY, null, "x"),
                "calendar.error.alreadyWorkingDay");
        assertViolations(draft("2026-04-26", AnnouncementKind.WORKING_DAY, null, "x"),
                "calendar.error.holidayOnWeekend");
        assertViolations(draft("2026-02-16", AnnouncementKind.PUBLIC_HOLIDAY, HolidayKeys.TET, "x"),
                "calendar.error.alreadyAnnounced");
        assertViolations(draft("2026-05-04", AnnouncementKind.PUBLIC_HOLIDAY, HolidayKeys.COMPENSATORY, "x"),
                "calendar.error.holidayKeyInvalid");
        assertViolations(draft("2026-05-04", AnnouncementKind.EXTRA_DAY_OFF, HolidayKeys.TET, "x"),
                "calendar.error.holidayKeyNotAllowed");
        assertViolations(draft("1999-05-04", AnnouncementKind.EXTRA_DAY_OFF, null, "x"),
                "calendar.error.yearOutOfRange");
        assertViolations(draft("2026-05-04", AnnouncementKind.EXTRA_DAY_OFF, null, "x".repeat(256)),
                "calendar.error.name.tooLong");
        assertViolations(draft("2026-05-04", AnnouncementKind.EXTRA_DAY_OFF, null, "a\u0000b"),
                "calendar.error.name.invalid");
        assertViolations(new AnnouncementDraft(LocalDate.of(2026, 5, 4), AnnouncementKind.EXTRA_DAY_OFF, null, "x",
                "TB\n1"), "calendar.error.legalDocument.invalid");
        assertEquals(5, admin.announcements(2026).size());
        assertEquals(List.of(), audited);
        assertEquals(List.of(), notified);
        // 255 characters are accepted
        admin.add(ADMIN, draft("2026-05-04", AnnouncementKind.EXTRA_DAY_OFF, null, "ệ".repeat(255)));
        assertEquals("ệ".repeat(255), admin.announcements(2026).stream()
                .filter(a -> a.kind() == AnnouncementKind.EXTRA_DAY_OFF).findFirst().orElseThrow().name());
    }

    @Test
    void onlyCalendarManagersMayChangeAnnouncements() {
        assertThrows(AccessDeniedException.class,
                () -> admin.add(CLERK, draft("2026-05-04", AnnouncementKind.EXTRA_DAY_OFF, null, "x")));
        CalendarAnnouncement tet = admin.announcements(2026).get(0);
        assertThrows(AccessDeniedException.class, () -> admin.remove(CLERK, tet.id(), tet.version()));
        assertEquals(5, admin.announcements(2026).size());
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 5, 4)));
        assertEquals(List.of(), audited);
    }

    @Test
    void removingAGoneOrChangedAnnouncementIsRefused() {
        CalendarAnnouncement tet = admin.announcements(2026).get(0);
        assertViolation("calendar.error.stale", () -> admin.remove(ADMIN, tet.id(), tet.version() + 1));
        admin.remove(ADMIN, tet.id(), tet.version());
        assertViolation("calendar.error.notFound", () -> admin.remove(ADMIN, tet.id(), tet.version()));
        assertEquals(4, admin.announcements(2026).size());
    }

    @Test
    void theDatabaseRefusesASecondAnnouncementOfTheSameDay() {
        repository.insert(LocalDate.of(2026, 5, 4), AnnouncementKind.EXTRA_DAY_OFF, HolidayKeys.SWAPPED_DAY_OFF, "a",
                DOCUMENT, "admin.hn", stored -> { });
        // as if a second administrator had passed the check before the first committed
        assertViolation("calendar.error.alreadyAnnounced", () -> repository.insert(LocalDate.of(2026, 5, 4),
                AnnouncementKind.EXTRA_DAY_OFF, HolidayKeys.SWAPPED_DAY_OFF, "b", DOCUMENT, "other", stored -> { }));
        assertEquals(1, admin.announcements(2026).stream().filter(a -> !a.shipped()).count());
    }

    private void assertViolations(AnnouncementDraft draft, String... keys) {
        ValidationException e = assertThrows(ValidationException.class, () -> admin.add(ADMIN, draft));
        assertEquals(List.of(keys), e.violations().stream().map(Violation::messageKey).toList());
    }

    private static void assertViolation(String key, Runnable action) {
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(key, e.violations().get(0).messageKey());
    }

    /** Grants {@link CalendarAdministration#PERMISSION} to users whose principal carries it. */
    private static final class OnePermissionAccess implements AccessControl {
        @Override
        public boolean isPermitted(UserPrincipal user, String permission, long unitId) {
            return isPermittedSomewhere(user, permission);
        }

        @Override
        public boolean isPermittedSomewhere(UserPrincipal user, String permission) {
            return user.permissions().contains(permission);
        }

        @Override
        public AccessScope scope(UserPrincipal user, String permission) {
            return isPermittedSomewhere(user, permission) ? AccessScope.all() : AccessScope.none();
        }
    }

    /** Keeps the recorded events in memory. */
    private class ListAudit implements AuditTrail {
        @Override
        public AuditEntry record(AuditEvent event) {
            audited.add(event);
            return new AuditEntry(audited.size(), Instant.now(CLOCK), event, "0");
        }

        @Override
        public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
            return new ArrayList<>();
        }

        @Override
        public long count(AuditFilter filter) {
            return audited.size();
        }

        @Override
        public ChainVerification verify() {
            return new ChainVerification(audited.size(), true, null, null);
        }
    }
}
