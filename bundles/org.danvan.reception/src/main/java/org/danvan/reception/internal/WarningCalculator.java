package org.danvan.reception.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.reception.api.FrequencyPeriod;
import org.danvan.reception.api.FrequencyRule;
import org.danvan.reception.api.LeaderRole;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.api.ScheduleWarning;
import org.danvan.reception.api.SessionStatus;
import org.danvan.reception.api.WarningKind;

/**
 * Checks a unit's sessions against its frequency rule. A day counts towards the minimum when a session was held on
 * it by the head, or by a deputy before the delegation ban; regular and ad hoc sessions count alike, a day with two
 * sessions counts once. A period that has ended counts held days only; the current and future periods also count
 * the days still planned, so a screen can warn before the week is lost.
 */
final class WarningCalculator {

    private final LocalDate today;

    WarningCalculator(LocalDate today) {
        this.today = today;
    }

    /** The first day of the period containing {@code day}. */
    static LocalDate periodStart(FrequencyPeriod period, LocalDate day) {
        return period == FrequencyPeriod.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : day.withDayOfMonth(1);
    }

    /** The last day of the period starting on {@code start}. */
    static LocalDate periodEnd(FrequencyPeriod period, LocalDate start) {
        return period == FrequencyPeriod.WEEK ? start.plusDays(6) : start.with(TemporalAdjusters.lastDayOfMonth());
    }

    /**
     * The warnings for the periods overlapping {@code from..to}.
     *
     * @param sessions the unit's sessions, at least those from the start of the first period to the end of the last
     */
    List<ScheduleWarning> warnings(OrgUnitInfo unit, FrequencyRule rule, List<ReceptionSession> sessions,
            LocalDate from, LocalDate to) {
        return warnings(unit, List.of(rule), sessions, from, to);
    }

    /**
     * The warnings for the periods overlapping {@code from..to}, each period judged by the row in force on its first
     * day (a week of June 2026 by the weekly rule, July 2026 by the monthly one); a session's delegation by the row
     * in force on its day.
     *
     * @param rules the rows of the unit's kind, oldest first
     */
    List<ScheduleWarning> warnings(OrgUnitInfo unit, List<FrequencyRule> rules, List<ReceptionSession> sessions,
            LocalDate from, LocalDate to) {
        List<ScheduleWarning> warnings = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            FrequencyRule rule = rules.get(i);
            LocalDate validFrom = rule.effectiveFrom();
            LocalDate validTo = i + 1 < rules.size() ? rules.get(i + 1).effectiveFrom().minusDays(1) : LocalDate.MAX;
            periods(unit, rule, sessions, from, to, validFrom, validTo, warnings);
        }
        for (ReceptionSession s : sessions) {
            FrequencyRule rule = inForce(rules, s.date());
            if (rule != null && s.delegated() && rule.forbidsDelegationOn(s.date()) && !s.date().isBefore(from)
                    && !s.date().isAfter(to)) {
                warnings.add(new ScheduleWarning(WarningKind.DELEGATED_RECEPTION, unit.id(), s.date(), s.date(), 0, 0,
                        rule.delegationSource(), s.id()));
            }
        }
        warnings.sort(Comparator.comparing(ScheduleWarning::periodStart).thenComparing(ScheduleWarning::kind));
        return warnings;
    }

    /** The row in force on a day, or null before the first. */
    static FrequencyRule inForce(List<FrequencyRule> rules, LocalDate day) {
        FrequencyRule found = null;
        for (FrequencyRule rule : rules) {
            if (!rule.effectiveFrom().isAfter(day)) {
                found = rule;
            }
        }
        return found;
    }

    /** The minimum warnings of one row, for the periods overlapping from..to whose first day it governs. */
    private void periods(OrgUnitInfo unit, FrequencyRule rule, List<ReceptionSession> sessions, LocalDate from,
            LocalDate to, LocalDate validFrom, LocalDate validTo, List<ScheduleWarning> warnings) {
        for (LocalDate start = periodStart(rule.period(), from); !start.isAfter(to);
                start = periodEnd(rule.period(), start).plusDays(1)) {
            if (start.isBefore(validFrom) || start.isAfter(validTo)) {
                continue; // judged by the row in force on the period's first day
            }
            LocalDate end = periodEnd(rule.period(), start);
            if (!existsThroughout(unit, start, end)) {
                continue; // a unit created or retired mid-period owes no full period
            }
            Set<LocalDate> held = new TreeSet<>();
            Set<LocalDate> heldOrPlanned = new TreeSet<>();
            for (ReceptionSession s : sessions) {
                if (s.date().isBefore(start) || s.date().isAfter(end)) {
                    continue;
                }
                if (s.status() == SessionStatus.HELD && countsTowardsMinimum(rule, s.receivedByRole(), s.date())) {
                    held.add(s.date());
                    heldOrPlanned.add(s.date());
                } else if (s.status() == SessionStatus.SCHEDULED && !s.date().isBefore(today)
                        && countsTowardsMinimum(rule, s.plannedLeaderRole(), s.date())) {
                    heldOrPlanned.add(s.date());
                }
            }
            if (end.isBefore(today)) {
                if (held.size() < rule.minimumDays()) {
                    warnings.add(new ScheduleWarning(WarningKind.MINIMUM_MISSED, unit.id(), start, end, held.size(),
                            rule.minimumDays(), rule.legalSource(), null));
                }
            } else if (heldOrPlanned.size() < rule.minimumDays()) {
                warnings.add(new ScheduleWarning(WarningKind.MINIMUM_NOT_SCHEDULED, unit.id(), start, end,
                        heldOrPlanned.size(), rule.minimumDays(), rule.legalSource(), null));
            }
        }
    }

    private static boolean countsTowardsMinimum(FrequencyRule rule, LeaderRole role, LocalDate day) {
        return role == LeaderRole.HEAD || !rule.forbidsDelegationOn(day);
    }

    private static boolean existsThroughout(OrgUnitInfo unit, LocalDate start, LocalDate end) {
        return unit.isValidOn(start) && unit.isValidOn(end);
    }
}
