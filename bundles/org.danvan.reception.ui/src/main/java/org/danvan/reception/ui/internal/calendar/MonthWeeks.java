package org.danvan.reception.ui.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.danvan.reception.api.ReceptionSession;

/** The ISO weeks (Monday to Sunday) a month touches, each with its sessions in the month, by day. */
public final class MonthWeeks {

    private MonthWeeks() {
    }

    /** The Mondays of the weeks overlapping the month, in order. */
    public static List<LocalDate> mondays(YearMonth month) {
        List<LocalDate> mondays = new ArrayList<>();
        LocalDate monday = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (; !monday.isAfter(month.atEndOfMonth()); monday = monday.plusWeeks(1)) {
            mondays.add(monday);
        }
        return mondays;
    }

    /** Every week of the month (empty ones too, so a week without sessions is visible), with its sessions by day. */
    public static Map<LocalDate, List<ReceptionSession>> group(YearMonth month, List<ReceptionSession> sessions) {
        Map<LocalDate, List<ReceptionSession>> weeks = new LinkedHashMap<>();
        mondays(month).forEach(monday -> weeks.put(monday, new ArrayList<>()));
        sessions.stream().filter(s -> YearMonth.from(s.date()).equals(month))
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .forEach(s -> weeks.get(s.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))).add(s));
        return weeks;
    }
}
