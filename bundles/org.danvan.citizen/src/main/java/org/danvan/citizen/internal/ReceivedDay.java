package org.danvan.citizen.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import java.util.function.Predicate;

import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.RuleTable;

/**
 * The legal day of receipt of an online submission. Within office hours on a working day it is that day. Outside
 * them it is the next working day when the rule row {@value #RULE} in force that day is 1, else the day it arrived
 * (0). legal-rules.md states no such rule for petitions; the row is our configurable [verify] default, modelled on
 * the rule for electronic administrative procedures. A submission before opening time on a working day is received
 * that same day, when the office opens.
 */
final class ReceivedDay {

    /** Rule figure: 1 = received on the next working day when submitted outside office hours, 0 = that day. */
    static final String RULE = "online.received.next.working.day";

    private final WorkingCalendar calendar;
    private final Predicate<LocalDate> outsideHoursMoves;
    private final ZoneId zone;
    private final LocalTime closes;

    /** The rule row in force on a day, read from the rule table (absent = 0, the day it arrived). */
    static Predicate<LocalDate> ruleOf(RuleTable rules) {
        return day -> rules.figure(RULE, day).map(RuleFigure::intValue).orElse(0) == 1;
    }

    /**
     * @param outsideHoursMoves whether, on a day, a submission outside office hours moves to the next working day
     */
    ReceivedDay(WorkingCalendar calendar, Predicate<LocalDate> outsideHoursMoves, ZoneId zone, LocalTime opens,
            LocalTime closes) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("office hours must open before they close: " + opens + "-" + closes);
        }
        this.calendar = calendar;
        this.outsideHoursMoves = outsideHoursMoves;
        this.zone = zone;
        this.closes = closes;
    }

    /** The day of receipt of a submission that arrived at {@code at}. */
    LocalDate of(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        boolean working = calendar.isWorkingDay(day);
        if (working && time.isBefore(closes)) {
            return day;
        }
        return outsideHoursMoves.test(day) ? calendar.nextWorkingDay(day) : day;
    }

    /** Parses {@code HH:mm-HH:mm}. */
    static LocalTime[] hours(String text) {
        String[] parts = text.strip().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("office hours must read HH:mm-HH:mm: " + text);
        }
        return new LocalTime[] {LocalTime.parse(parts[0]), LocalTime.parse(parts[1])};
    }
}
