package org.danvan.calendar.api;

import java.util.List;
import java.util.Set;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The yearly government announcements an administrator maintains: days off, Saturdays worked, and the exact days of
 * the holidays set each year. Every change needs the permission {@value #PERMISSION} (granted to province
 * administrators), is committed in one transaction, written to the audit trail, shown by the
 * {@link WorkingCalendar} at once, and then announced to every {@link CalendarListener} service.
 */
@ProviderType
public interface CalendarAdministration {

    /** The permission needed to change announcements. */
    String PERMISSION = "calendar.manage";

    /** The holiday keys a {@link AnnouncementKind#PUBLIC_HOLIDAY} announcement may name. */
    Set<String> STATUTORY_HOLIDAY_KEYS = Set.of("calendar.holiday.newYear", "calendar.holiday.tet",
            "calendar.holiday.hungKings", "calendar.holiday.reunification", "calendar.holiday.labourDay",
            "calendar.holiday.nationalDay", "calendar.holiday.nationalDayAdjacent");

    /**
     * The announced days of a year, in date order. Anyone may read them.
     *
     * @param year the Gregorian year
     * @return the announcements
     */
    List<CalendarAnnouncement> announcements(int year);

    /**
     * Announces a day.
     *
     * @param user the administrator
     * @param draft what to announce
     * @return the stored announcement
     * @throws org.danvan.platform.api.security.AccessDeniedException without {@value #PERMISSION}
     * @throws org.danvan.platform.api.validation.ValidationException when the draft is refused (keys
     *             {@code calendar.error.*}); nothing was stored
     */
    CalendarAnnouncement add(UserPrincipal user, AnnouncementDraft draft);

    /**
     * What announcing a day would change, without saving it: the draft is validated as {@link #add} does, then the
     * open files' due dates are recomputed on the calendar with the day added by every {@link DeadlineImpactProvider}.
     *
     * @param user the administrator
     * @param draft what would be announced
     * @return the first day changed and the impact on due dates
     * @throws org.danvan.platform.api.security.AccessDeniedException without {@value #PERMISSION}
     * @throws org.danvan.platform.api.validation.ValidationException when the draft would be refused
     * @since 1.1
     */
    CalendarPreview previewAdd(UserPrincipal user, AnnouncementDraft draft);

    /**
     * What withdrawing an announced day would change, without withdrawing it.
     *
     * @param user the administrator
     * @param id the announcement's id
     * @return the first day changed and the impact on due dates
     * @throws org.danvan.platform.api.security.AccessDeniedException without {@value #PERMISSION}
     * @throws org.danvan.platform.api.validation.ValidationException when the announcement no longer exists
     * @since 1.1
     */
    CalendarPreview previewRemove(UserPrincipal user, long id);

    /**
     * Withdraws an announced day (shipped defaults included); the day follows the Labour Code again.
     *
     * @param user the administrator
     * @param id the announcement's id
     * @param version the version the administrator saw
     * @throws org.danvan.platform.api.security.AccessDeniedException without {@value #PERMISSION}
     * @throws org.danvan.platform.api.validation.ValidationException when the announcement no longer exists or was
     *             changed meanwhile; nothing was removed
     */
    void remove(UserPrincipal user, long id, long version);
}
