package org.danvan.citizen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.danvan.calendar.internal.VietnameseWorkingCalendar;
import org.junit.jupiter.api.Test;

class ReceivedDayTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final VietnameseWorkingCalendar calendar = VietnameseWorkingCalendar.withBundledDefaults();
    private final ReceivedDay moving = new ReceivedDay(calendar, day -> true, VN, LocalTime.of(7, 30),
            LocalTime.of(17, 0));
    private final ReceivedDay staying = new ReceivedDay(calendar, day -> false, VN, LocalTime.of(7, 30),
            LocalTime.of(17, 0));

    private static java.time.Instant at(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), VN).toInstant();
    }

    @Test
    void withinOfficeHoursItIsThatDay() {
        // Tuesday 8 December 2026
        assertEquals(LocalDate.of(2026, 12, 8), moving.of(at("2026-12-08T16:59:59")));
        assertEquals(LocalDate.of(2026, 12, 8), moving.of(at("2026-12-08T06:00")), "before opening: that day");
    }

    @Test
    void afterClosingOrOnADayOffItIsTheNextWorkingDayWhenTheRuleSaysSo() {
        assertEquals(LocalDate.of(2026, 12, 9), moving.of(at("2026-12-08T17:00")));
        // Friday evening and Saturday go to Monday 14 December
        assertEquals(LocalDate.of(2026, 12, 14), moving.of(at("2026-12-11T20:00")));
        assertEquals(LocalDate.of(2026, 12, 14), moving.of(at("2026-12-12T10:00")));
        // 2 September 2026 (National Day, a Wednesday) and the adjacent day off
        LocalDate afterNationalDay = calendar.nextWorkingDay(LocalDate.of(2026, 9, 2));
        assertEquals(afterNationalDay, moving.of(at("2026-09-02T10:00")));
    }

    @Test
    void whenTheRuleSaysNoItStaysOnTheDayItArrived() {
        assertEquals(LocalDate.of(2026, 12, 12), staying.of(at("2026-12-12T10:00")));
        assertEquals(LocalDate.of(2026, 12, 8), staying.of(at("2026-12-08T23:00")));
    }

    @Test
    void officeHoursAreReadAndChecked() {
        LocalTime[] hours = ReceivedDay.hours(" 07:30 - 17:00 ");
        assertEquals(LocalTime.of(7, 30), hours[0]);
        assertEquals(LocalTime.of(17, 0), hours[1]);
        assertThrows(IllegalArgumentException.class, () -> ReceivedDay.hours("7:30"));
        assertThrows(IllegalArgumentException.class, () -> new ReceivedDay(calendar, d -> true, VN,
                LocalTime.of(17, 0), LocalTime.of(7, 30)));
    }
}
