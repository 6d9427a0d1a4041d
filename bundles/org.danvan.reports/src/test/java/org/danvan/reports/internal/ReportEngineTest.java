package org.danvan.reports.internal;

import static org.danvan.reports.internal.ReportFixture.BA_DINH;
import static org.danvan.reports.internal.ReportFixture.DONG_DA;
import static org.danvan.reports.internal.ReportFixture.HOAN_KIEM;
import static org.danvan.reports.internal.ReportFixture.PROVINCE;
import static org.danvan.reports.internal.ReportFixture.VILLAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.danvan.cases.api.PeriodCounts;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.reports.api.PeriodKind;
import org.danvan.reports.api.PeriodReport;
import org.danvan.reports.api.ReportFormat;
import org.danvan.reports.api.ReportPeriod;
import org.danvan.reports.api.ReportRow;
import org.junit.jupiter.api.Test;

class ReportEngineTest {

    static final ReportPeriod Q1_2026 = ReportPeriod.of(PeriodKind.Q1, 2026);

    /** Cases around the first quarter of 2026 (15/12/2025–14/03/2026). */
    static ReportFixture sample() {
        ReportFixture f = new ReportFixture();
        f.add(BA_DINH, "2025-12-15", "2025-12-20", "2026-01-10", false);
        f.add(BA_DINH, "2026-01-02", "2026-01-05", "2026-03-14", true);
        f.add(BA_DINH, "2026-03-14", null, null, false);
        f.add(BA_DINH, "2025-11-01", "2025-11-03", null, false); // received before, still pending
        f.add(BA_DINH, "2025-11-01", "2025-11-03", "2025-12-14", false); // finished before the quarter
        f.add(HOAN_KIEM, "2026-02-01", "2026-02-03", null, false);
        f.add(HOAN_KIEM, "2026-03-15", null, null, false); // after the quarter
        f.add(VILLAGE, "2026-01-20", "2026-01-21", "2026-02-01", false);
        f.add(VILLAGE, "2026-02-20", "2026-02-21", "2026-03-01", false);
        f.add(DONG_DA, "2026-01-20", "2026-01-21", "2026-03-20", false); // resolved after: pending at the end
        f.add(PROVINCE, "2026-01-05", null, null, false);
        return f;
    }

    @Test
    void linesPerChildUnitByNameThenTheUnitsOwnCasesAddingUpToTheTotal() {
        ReportFixture f = sample();
        List<Double> progress = new ArrayList<>();
        PeriodReport report = f.engine().report(f.user, PROVINCE, Q1_2026, progress::add);

        assertEquals(ReportFixture.PROVINCE_NAME, report.unitName());
        assertEquals(List.of("Phường Ba Đình", "Phường Hoàn Kiếm", "Xã Đống Đa",
                "Trực tiếp tại " + ReportFixture.PROVINCE_NAME),
                report.lines().stream().map(ReportRow::label).toList());
        assertEquals(new PeriodCounts(3, 2, 1, 1, 2), report.lines().get(0).counts());
        assertEquals(new PeriodCounts(1, 1, 0, 0, 1), report.lines().get(1).counts());
        // the village's cases count for its commune
        assertEquals(new PeriodCounts(3, 3, 2, 0, 1), report.lines().get(2).counts());
        assertEquals(ReportRow.Kind.OWN_CASES, report.lines().get(3).kind());
        assertEquals(new PeriodCounts(1, 0, 0, 0, 1), report.lines().get(3).counts());
        assertEquals(new PeriodCounts(8, 6, 3, 1, 5), report.total().counts());
        assertEquals(f.counts(PROVINCE, Q1_2026.from(), Q1_2026.to()), report.total().counts());

        assertEquals(1.0, progress.get(progress.size() - 1));
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress goes forward: " + progress);
        }
    }

    @Test
    void aUnitWithoutChildrenHasOnlyItsOwnLine() {
        ReportFixture f = sample();
        PeriodReport report = f.engine().report(f.user, VILLAGE, Q1_2026, null);
        assertEquals(1, report.lines().size());
        assertEquals(new PeriodCounts(2, 2, 2, 0, 0), report.lines().get(0).counts());
        assertEquals(report.total().counts(), report.lines().get(0).counts());
    }

    @Test
    void figuresThatChangeWhileTheyAreReadAreReadAgain() {
        ReportFixture f = sample();
        // the total is read first, then Ba Đình, then (third call) Hoàn Kiếm: the case arrives at Ba Đình, already read
        f.arrivingDuringReport.add(new ReportFixture.Case(BA_DINH, Q1_2026.from().plusDays(3), null, null, false,
                null));
        PeriodReport report = f.engine().report(f.user, PROVINCE, Q1_2026, null);
        assertEquals(9, report.total().counts().received());
        assertEquals(4, report.lines().get(0).counts().received());
        assertEquals(1, report.lines().get(3).counts().received(), "the province's own line is not inflated");
        assertTrue(f.calls.get() > 5, "read again");
        long sum = report.lines().stream().mapToLong(l -> l.counts().received()).sum();
        assertEquals(report.total().counts().received(), sum);
    }

    @Test
    void refusesWithoutPermissionAndForUnknownUnits() {
        ReportFixture f = sample();
        f.permittedUnits.remove(PROVINCE);
        assertThrows(AccessDeniedException.class, () -> f.engine().report(f.user, PROVINCE, Q1_2026, null));
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> f.engine().report(f.user, 999, Q1_2026, null));
        assertEquals("reports.error.unit.unknown", unknown.violations().get(0).messageKey());
        ValidationException noPeriod = assertThrows(ValidationException.class,
                () -> f.engine().report(f.user, PROVINCE, null, null));
        assertEquals("reports.error.period.kind", noPeriod.violations().get(0).messageKey());
    }

    @Test
    void fileNamesAreAsciiAndNameThePeriodAndUnit() {
        ReportFixture f = sample();
        ReportEngine engine = f.engine();
        PeriodReport report = engine.report(f.user, DONG_DA, Q1_2026, null);
        assertEquals("bao-cao-q1-2026-00091.xlsx", engine.fileName(report, ReportFormat.XLSX));
        PeriodReport custom = engine.report(f.user, DONG_DA,
                ReportPeriod.custom(Q1_2026.from(), Q1_2026.from().plusDays(9)), null);
        assertEquals("bao-cao-2025-12-15_2025-12-24-00091.pdf", engine.fileName(custom, ReportFormat.PDF));
    }
}
