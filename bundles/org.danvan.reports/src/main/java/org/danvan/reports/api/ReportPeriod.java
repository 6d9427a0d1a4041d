package org.danvan.reports.api;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.danvan.platform.api.validation.ValidationException;

/**
 * A report period, both days included.
 * <p>
 * The periodic reports of Circular 02/2021/TT-TTCP follow the data-closing dates of the government's reporting
 * regime (Decree 09/2019/NĐ-CP, art. 12): a period runs from the 15th of the month before it to the 14th of its
 * last month. So the first quarter of 2026 is 15/12/2025–14/03/2026 and the year 2026 is 15/12/2025–14/12/2026.
 *
 * @param kind the kind of period
 * @param year the reporting year, {@code null} for {@link PeriodKind#CUSTOM}
 * @param from first day
 * @param to last day
 */
public record ReportPeriod(PeriodKind kind, Integer year, LocalDate from, LocalDate to) {

    /** The earliest reporting year accepted (the Law on Complaints and the Law on Denunciations are from 2011/2018). */
    public static final int MIN_YEAR = 2000;
    /** The latest reporting year accepted. */
    public static final int MAX_YEAR = 2100;
    /** The longest custom period, in days (five years). */
    public static final long MAX_CUSTOM_DAYS = 5 * 366;

    private static final MonthDay FIRST_DAY = MonthDay.of(12, 15);

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * The period of a kind in a reporting year.
     *
     * @throws ValidationException when the kind is missing or {@link PeriodKind#CUSTOM}, or the year is outside
     *             {@value #MIN_YEAR}–{@value #MAX_YEAR}
     */
    public static ReportPeriod of(PeriodKind kind, Integer year) {
        if (kind == null || kind == PeriodKind.CUSTOM) {
            throw ValidationException.of("period", "reports.error.period.kind");
        }
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            throw ValidationException.of("year", "reports.error.year", MIN_YEAR, MAX_YEAR);
        }
        LocalDate yearStart = FIRST_DAY.atYear(year - 1);
        return switch (kind) {
            case Q1 -> new ReportPeriod(kind, year, yearStart, closing(year, 3));
            case Q2 -> new ReportPeriod(kind, year, closing(year, 3).plusDays(1), closing(year, 6));
            case Q3 -> new ReportPeriod(kind, year, closing(year, 6).plusDays(1), closing(year, 9));
            case Q4 -> new ReportPeriod(kind, year, closing(year, 9).plusDays(1), closing(year, 12));
            case FIRST_6_MONTHS -> new ReportPeriod(kind, year, yearStart, closing(year, 6));
            case FIRST_9_MONTHS -> new ReportPeriod(kind, year, yearStart, closing(year, 9));
            case YEAR -> new ReportPeriod(kind, year, yearStart, closing(year, 12));
            case CUSTOM -> throw new IllegalStateException();
        };
    }

    /**
     * The quarter a day falls in, e.g. the first quarter of 2027 for 20 December 2026.
     *
     * @throws ValidationException when the reporting year is outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
     */
    public static ReportPeriod quarterOf(LocalDate day) {
        Objects.requireNonNull(day, "day");
        int year = day.isBefore(FIRST_DAY.atYear(day.getYear())) ? day.getYear() : day.getYear() + 1;
        for (PeriodKind quarter : new PeriodKind[] { PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4 }) {
            ReportPeriod period = of(quarter, year);
            if (!day.isAfter(period.to())) {
                return period;
            }
        }
        throw new IllegalStateException("the quarters of a year end on its last day: " + day);
    }

    /**
     * A period of dates chosen by the user.
     *
     * @throws ValidationException when a date is missing, the end lies before the start, or the period is longer
     *             than {@value #MAX_CUSTOM_DAYS} days
     */
    public static ReportPeriod custom(LocalDate from, LocalDate to) {
        if (from == null) {
            throw ValidationException.of("from", "reports.error.from.missing");
        }
        if (to == null) {
            throw ValidationException.of("to", "reports.error.to.missing");
        }
        if (to.isBefore(from)) {
            throw ValidationException.of("to", "reports.error.to.beforeFrom");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_CUSTOM_DAYS) {
            throw ValidationException.of("to", "reports.error.period.tooLong", MAX_CUSTOM_DAYS);
        }
        return new ReportPeriod(PeriodKind.CUSTOM, null, from, to);
    }

    private static LocalDate closing(int year, int month) {
        return LocalDate.of(year, month, 14);
    }
}
