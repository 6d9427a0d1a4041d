package org.danvan.calendar.api;

import java.time.LocalDate;

/**
 * What an administrator enters to announce a day. Checked by {@link CalendarAdministration#add}; components may be
 * {@code null} here and are then refused there with a translated message.
 *
 * @param date the day
 * @param kind what the announcement does with it
 * @param holidayKey for {@link AnnouncementKind#PUBLIC_HOLIDAY} only: which statutory holiday the day belongs to,
 *            one of {@link CalendarAdministration#STATUTORY_HOLIDAY_KEYS}; {@code null} otherwise
 * @param name the name of the day as announced, in Vietnamese, e.g. "Nghỉ bù dịp Tết Nguyên đán"
 * @param legalDocument the announcing document, e.g. "Thông báo số 123/TB-VPCP ngày 01/12/2026"
 */
public record AnnouncementDraft(LocalDate date, AnnouncementKind kind, String holidayKey, String name,
        String legalDocument) {
}
