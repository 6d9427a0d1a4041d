package org.danvan.reports.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.danvan.platform.api.validation.ValidationException;

/**
 * A report period, both days included.
 * <p>
 * The periodic reports of Circular 02/2021/TT-TTCP follow the data-closing dates of the government's reporting
 * regime (Decree 09/2019/NĐ-CP, art. 12): a period runs from the 15th of the month before it to the 14th of its
 * last month. So the first quarter of 2026 is 15/12/2025–14/03/2026 and the year 2026 is 15/12/2025–14/12/2026.
 * Circular 06/2025/TT-TTCP (in force 30 September 2025) replaced Circular 02/2021; its data cut-off day could not be
 * confirmed, so the closing day is a setting ({@link #of(PeriodKind, Integer, int)}), by default the 14th as before.
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

    /** The default closing day of a period's last month (Decree 09/2019/NĐ-CP art. 12). */
    public static final int DEFAULT_CLOSING_DAY = 14;
    /** The day Circular 06/2025/TT-TTCP came into force, replacing Circular 02/2021/TT-TTCP. */
    public static final LocalDate CIRCULAR_06_2025 = LocalDate.of(2025, 9, 30);

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
        return of(kind, year, DEFAULT_CLOSING_DAY);
    }

    /**
     * The period of a kind in a reporting year, closing on a given day of its last month (the next period starts the
     * day after).
     *
     * @param closingDay the closing day, 1–28
     * @throws ValidationException as {@link #of(PeriodKind, Integer)}
     * @throws IllegalArgumentException when the closing day is outside 1–28
     * @since 1.1
     */
    public static ReportPeriod of(PeriodKind kind, Integer year, int closingDay) {
        checkClosingDay(closingDay);
        if (kind == null || kind == PeriodKind.CUSTOM) {
            throw ValidationException.of("period", "reports.error.period.kind");
        }
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            throw ValidationException.of("year", "reports.error.year", MIN_YEAR, MAX_YEAR);
        }
        int c = closingDay;
        LocalDate yearStart = closing(year - 1, 12, c).plusDays(1);
        return switch (kind) {
            case Q1 -> new ReportPeriod(kind, year, yearStart, closing(year, 3, c));
            case Q2 -> new ReportPeriod(kind, year, closing(year, 3, c).plusDays(1), closing(year, 6, c));
            case Q3 -> new ReportPeriod(kind, year, closing(year, 6, c).plusDays(1), closing(year, 9, c));
            case Q4 -> new ReportPeriod(kind, year, closing(year, 9, c).plusDays(1), closing(year, 12, c));
            case FIRST_6_MONTHS -> new ReportPeriod(kind, year, yearStart, closing(year, 6, c));
            case FIRST_9_MONTHS -> new ReportPeriod(kind, year, yearStart, closing(year, 9, c));
            case YEAR -> new ReportPeriod(kind, year, yearStart, closing(year, 12, c));
            case CUSTOM -> throw new IllegalStateException();
        };
    }

    /**
     * The quarter a day falls in, e.g. the first quarter of 2027 for 20 December 2026.
     *
     * @throws ValidationException when the reporting year is outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
     */
    public static ReportPeriod quarterOf(LocalDate day) {
        return quarterOf(day, DEFAULT_CLOSING_DAY);
    }

    /**
     * The quarter a day falls in, with periods closing on a given day.
     *
     * @since 1.1
     */
    public static ReportPeriod quarterOf(LocalDate day, int closingDay) {
        Objects.requireNonNull(day, "day");
        checkClosingDay(closingDay);
        int year = day.isAfter(closing(day.getYear(), 12, closingDay)) ? day.getYear() + 1 : day.getYear();
        for (PeriodKind quarter : new PeriodKind[] { PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4 }) {
            ReportPeriod period = of(quarter, year, closingDay);
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

    /**
     * The translation key of the legal basis printed on the report: Circular 02/2021/TT-TTCP for a period that ended
     * before {@link #CIRCULAR_06_2025}, Circular 06/2025/TT-TTCP (with Circular 02/2025/TT-TTCP for communes) after.
     *
     * @since 1.1
     */
    public String legalBasisKey() {
        return to.isBefore(CIRCULAR_06_2025) ? "reports.file.basis.c02-2021" : "reports.file.basis.c06-2025";
    }

    private static void checkClosingDay(int closingDay) {
        if (closingDay < 1 || closingDay > 28) {
            throw new IllegalArgumentException("closing day must be 1..28, was " + closingDay);
        }
    }

    private static LocalDate closing(int year, int month, int closingDay) {
        return LocalDate.of(year, month, closingDay);
    }
}
