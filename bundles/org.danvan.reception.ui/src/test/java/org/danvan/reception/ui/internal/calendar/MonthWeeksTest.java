package org.danvan.reception.ui.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.danvan.reception.api.LeaderRole;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.api.SessionKind;
import org.danvan.reception.api.SessionStatus;
import org.junit.jupiter.api.Test;

class MonthWeeksTest {

    static ReceptionSession session(long id, LocalDate day) {
        return new ReceptionSession(id, 1, 12, day, "Trụ sở UBND xã", SessionKind.REGULAR, SessionStatus.SCHEDULED, null,
                "Lê Văn Hùng", LeaderRole.HEAD, null, null, null, null);
    }

    @Test
    void aMonthIsCutIntoIsoWeeksStartingOnMonday() {
        // July 2026 starts on a Wednesday and ends on a Friday: five weeks, the first from Monday 29 June
        List<LocalDate> mondays = MonthWeeks.mondays(YearMonth.of(2026, 7));
        assertEquals(List.of(LocalDate.of(2026, 6, 29), LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 13),
                LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 27)), mondays);
        // February 2027 starts on a Monday and has exactly four weeks
        assertEquals(4, MonthWeeks.mondays(YearMonth.of(2027, 2)).size());
    }

    @Test
    void sessionsGoToTheirWeekByDayAndEmptyWeeksStay() {
        ReceptionSession late = session(2, LocalDate.of(2026, 7, 16));
        ReceptionSession early = session(1, LocalDate.of(2026, 7, 15));
        ReceptionSession first = session(3, LocalDate.of(2026, 7, 1));
        Map<LocalDate, List<ReceptionSession>> weeks = MonthWeeks.group(YearMonth.of(2026, 7),
                List.of(late, early, first, session(4, LocalDate.of(2026, 8, 3))));
        assertEquals(5, weeks.size());
        assertEquals(List.of(first), weeks.get(LocalDate.of(2026, 6, 29)));
        assertEquals(List.of(early, late), weeks.get(LocalDate.of(2026, 7, 13)));
        assertEquals(List.of(), weeks.get(LocalDate.of(2026, 7, 27)), "a session of another month is left out");
    }
}
