package org.danvan.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.danvan.calendar.api.AnnouncementDraft;
import org.danvan.calendar.api.AnnouncementKind;
import org.danvan.calendar.api.CalendarAdministration;
import org.danvan.calendar.api.CalendarAnnouncement;
import org.danvan.calendar.api.CalendarListener;
import org.danvan.calendar.api.CalendarPreview;
import org.danvan.calendar.api.DeadlineCalculator;
import org.danvan.calendar.api.DeadlineImpact;
import org.danvan.calendar.api.DeadlineImpactProvider;
import org.danvan.calendar.api.Holiday;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Administration of the announcements: check the permission, validate, commit, reload the live calendar, audit, and
 * tell the listeners the first day whose working status changed. Plain Java; the OSGi component only wires it.
 */
public final class CalendarAdministrationService implements CalendarAdministration {

    /** Announcements are accepted for these years: beyond them the lunar tables are untested. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_TEXT = 255;

    private static final Logger LOG = LoggerFactory.getLogger(CalendarAdministrationService.class);

    private final AnnouncementRepository repository;
    private final LiveWorkingCalendar calendar;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Supplier<List<CalendarListener>> listeners;
    private final Supplier<List<DeadlineImpactProvider>> impacts;

    /**
     * Wires the service.
     *
     * @param repository the stored announcements
     * @param calendar the live calendar to reload after a change
     * @param access decides who may change announcements
     * @param audit where changes are recorded
     * @param listeners the listeners registered at the time of a change
     */
    public CalendarAdministrationService(AnnouncementRepository repository, LiveWorkingCalendar calendar,
            AccessControl access, AuditTrail audit, Supplier<List<CalendarListener>> listeners) {
        this(repository, calendar, access, audit, listeners, List::of);
    }

    /**
     * Wires the service with the providers of previews.
     *
     * @param impacts the deadline impact providers registered at the time of a preview
     */
    public CalendarAdministrationService(AnnouncementRepository repository, LiveWorkingCalendar calendar,
            AccessControl access, AuditTrail audit, Supplier<List<CalendarListener>> listeners,
            Supplier<List<DeadlineImpactProvider>> impacts) {
        this.impacts = Objects.requireNonNull(impacts, "impacts");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.access = Objects.requireNonNull(access, "access");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.listeners = Objects.requireNonNull(listeners, "listeners");
    }

    @Override
    public List<CalendarAnnouncement> announcements(int year) {
        return repository.list(year);
    }

    @Override
    public CalendarAnnouncement add(UserPrincipal user, AnnouncementDraft draft) {
        requirePermission(user);
        Objects.requireNonNull(draft, "draft");
        String name = clean(draft.name());
        String document = clean(draft.legalDocument());
        validate(draft, name, document);
        String nameKey = switch (draft.kind()) {
            case PUBLIC_HOLIDAY -> draft.holidayKey();
            case EXTRA_DAY_OFF -> HolidayKeys.SWAPPED_DAY_OFF;
            case WORKING_DAY -> HolidayKeys.SWAPPED_WORKING_DAY;
        };
        CalendarAnnouncement stored = repository.insert(draft.date(), draft.kind(), nameKey, name, document,
                user.login(), added -> audited(user, "calendar.announcement.added", added));
        changed(stored);
        return stored;
    }

    @Override
    public CalendarPreview previewAdd(UserPrincipal user, AnnouncementDraft draft) {
        requirePermission(user);
        Objects.requireNonNull(draft, "draft");
        validate(draft, clean(draft.name()), clean(draft.legalDocument()));
        AnnouncedDay added = new AnnouncedDay(draft.date(), AnnouncedDay.Kind.valueOf(draft.kind().name()),
                draft.kind() == AnnouncementKind.PUBLIC_HOLIDAY ? draft.holidayKey()
                        : draft.kind() == AnnouncementKind.EXTRA_DAY_OFF ? HolidayKeys.SWAPPED_DAY_OFF
                                : HolidayKeys.SWAPPED_WORKING_DAY);
        int year = draft.date().getYear();
        return preview(year, all -> {
            List<AnnouncedDay> days = new ArrayList<>(all.containsKey(year) ? all.get(year).days() : List.of());
            days.add(added);
            all.put(year, new YearAnnouncement(year, days));
            return all;
        });
    }

    @Override
    public CalendarPreview previewRemove(UserPrincipal user, long id) {
        requirePermission(user);
        CalendarAnnouncement row = repository.find(id)
                .orElseThrow(() -> ValidationException.of(null, "calendar.error.notFound", id));
        int year = row.date().getYear();
        return preview(year, all -> {
            YearAnnouncement current = all.get(year);
            if (current != null) {
                all.put(year, new YearAnnouncement(year,
                        current.days().stream().filter(day -> !day.date().equals(row.date())).toList()));
            }
            return all;
        });
    }

    private CalendarPreview preview(int year,
            java.util.function.UnaryOperator<Map<Integer, YearAnnouncement>> change) {
        VietnameseWorkingCalendar proposed = calendar.proposed(change);
        Optional<LocalDate> first = firstDifference(calendar.current(), proposed, year);
        if (first.isEmpty()) {
            return new CalendarPreview(null, DeadlineImpact.NONE);
        }
        DeadlineCalculator deadlines = DeadlineCalculator.civilCode(proposed);
        DeadlineImpact total = DeadlineImpact.NONE;
        for (DeadlineImpactProvider provider : impacts.get()) {
            total = total.plus(provider.impact(proposed, deadlines, first.get()));
        }
        return new CalendarPreview(first.get(), total);
    }

    @Override
    public void remove(UserPrincipal user, long id, long version) {
        requirePermission(user);
        CalendarAnnouncement removed = repository.delete(id, version,
                row -> audited(user, "calendar.announcement.removed", row));
        changed(removed);
    }

    private void requirePermission(UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        if (!access.isPermittedSomewhere(user, PERMISSION)) {
            throw new AccessDeniedException(user.login(), PERMISSION, -1);
        }
    }

    private void validate(AnnouncementDraft draft, String name, String document) {
        List<Violation> violations = new ArrayList<>();
        LocalDate date = draft.date();
        if (date == null) {
            violations.add(Violation.of("date", "calendar.error.dateRequired"));
        } else if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            violations.add(Violation.of("date", "calendar.error.yearOutOfRange", date, FIRST_YEAR, LAST_YEAR));
            date = null;
        }
        if (draft.kind() == null) {
            violations.add(Violation.of("kind", "calendar.error.kindRequired"));
        } else if (draft.kind() == AnnouncementKind.PUBLIC_HOLIDAY) {
            if (!STATUTORY_HOLIDAY_KEYS.contains(draft.holidayKey())) {
                violations.add(Violation.of("holidayKey", "calendar.error.holidayKeyInvalid"));
            }
        } else if (draft.holidayKey() != null) {
            violations.add(Violation.of("holidayKey", "calendar.error.holidayKeyNotAllowed"));
        }
        text("name", name, violations);
        text("legalDocument", document, violations);
        if (date != null && draft.kind() != null) {
            dayStatus(date, draft.kind(), violations);
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private void dayStatus(LocalDate date, AnnouncementKind kind, List<Violation> violations) {
        if (repository.exists(date)) {
            violations.add(Violation.of("date", "calendar.error.alreadyAnnounced", date));
            return;
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        Optional<Holiday> off = calendar.current().offDay(date);
        switch (kind) {
            case EXTRA_DAY_OFF -> {
                if (weekend) {
                    violations.add(Violation.of("date", "calendar.error.alreadyRestDay", date));
                } else if (off.isPresent()) {
                    violations.add(Violation.of("date", "calendar.error.alreadyOff", date));
                }
            }
            case WORKING_DAY -> {
                if (!weekend) {
                    violations.add(Violation.of("date", "calendar.error.alreadyWorkingDay", date));
                } else if (off.isPresent()) {
                    // a holiday that falls on a weekend keeps its compensatory day: working it makes no sense
                    violations.add(Violation.of("date", "calendar.error.holidayOnWeekend", date));
                }
            }
            case PUBLIC_HOLIDAY -> {
                // any day may carry a statutory holiday as announced; weekends give a compensatory day
            }
        }
    }

    private static void text(String field, String value, List<Violation> violations) {
        if (value == null || value.isEmpty()) {
            violations.add(Violation.of(field, "calendar.error." + field + ".required"));
        } else if (value.length() > MAX_TEXT) {
            violations.add(Violation.of(field, "calendar.error." + field + ".tooLong", MAX_TEXT));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            violations.add(Violation.of(field, "calendar.error." + field + ".invalid"));
        }
    }

    /** Trims, and composes Vietnamese text typed with combining marks into the precomposed form stored. */
    private static String clean(String value) {
        return value == null ? null : java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
    }

    /** The audit entry of a change, written inside the unit of work that makes it (the trail joins it). */
    private void audited(UserPrincipal user, String action, CalendarAnnouncement announcement) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("date", announcement.date().toString());
        details.put("kind", announcement.kind().name());
        details.put("nameKey", announcement.nameKey());
        if (announcement.name() != null) {
            details.put("name", announcement.name());
        }
        if (announcement.legalDocument() != null) {
            details.put("legalDocument", announcement.legalDocument());
        }
        audit.record(new AuditEvent(action, user.login(), user.userId(), "calendar-announcement",
                Long.toString(announcement.id()), null, details, null));
    }

    /** After a committed change: the calendar reloads and open cases follow it. */
    private void changed(CalendarAnnouncement announcement) {
        VietnameseWorkingCalendar before = calendar.current();
        VietnameseWorkingCalendar after = calendar.reload();
        firstDifference(before, after, announcement.date().getYear()).ifPresent(this::notifyListeners);
    }

    /**
     * The first day of a year (or of the January after it, where a compensatory day may spill) whose working status
     * differs between two calendars.
     */
    static Optional<LocalDate> firstDifference(VietnameseWorkingCalendar before, VietnameseWorkingCalendar after,
            int year) {
        LocalDate end = LocalDate.of(year + 1, 1, 31);
        for (LocalDate day = LocalDate.of(year, 1, 1); !day.isAfter(end); day = day.plusDays(1)) {
            if (before.isWorkingDay(day) != after.isWorkingDay(day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private void notifyListeners(LocalDate firstChangedDay) {
        for (CalendarListener listener : listeners.get()) {
            try {
                listener.calendarChanged(firstChangedDay);
            } catch (RuntimeException e) {
                LOG.error("Calendar listener {} failed for a change from {}", listener, firstChangedDay, e);
            }
        }
    }
}
