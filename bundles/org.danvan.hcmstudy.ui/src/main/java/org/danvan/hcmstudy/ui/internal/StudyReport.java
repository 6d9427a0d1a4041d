package org.danvan.hcmstudy.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import org.danvan.hcmstudy.api.UnitFigures;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportColumn;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.platform.ui.kit.Translate;

/**
 * A unit's study of a year as figures and as a document for the exporter: the unit's own figures, then one line per
 * unit of its subtree with sessions, attendance, commitments, tasks and models.
 *
 * @param unitName the unit reported on
 * @param year the year (of the period's first day for a period)
 * @param total the unit's own figures
 * @param lines one per unit of the subtree with anything recorded
 * @param period whether it covers a period chosen by its days rather than a year
 */
record StudyReport(String unitName, int year, UnitFigures total, List<UnitFigures> lines, boolean period) {

    /** A year's report. */
    StudyReport(String unitName, int year, UnitFigures total, List<UnitFigures> lines) {
        this(unitName, year, total, lines, false);
    }

    /** The title: the unit and the year, or the unit and the period's days (dd/MM/yyyy). */
    String title(Translate t) {
        return period ? t.text("hcmstudy.ui.report.document.period", unitName,
                org.danvan.platform.ui.kit.LocalizedDates.format(total.from()),
                org.danvan.platform.ui.kit.LocalizedDates.format(total.to()))
                : t.text("hcmstudy.ui.report.document", unitName, year);
    }

    StudyReport {
        lines = List.copyOf(lines);
    }

    /** The sentence shown above the table and at the top of the document. */
    String summary(Translate t) {
        return t.text("hcmstudy.ui.report.summary", total.sessionsHeld(), total.sessionsPlanned(),
                Math.round(total.attendanceRate() * 100), total.registered(), total.members(),
                total.midYearReviewed(), total.yearEndReviewed(), total.assessed(), total.tasksDone(), total.tasks(),
                total.tasksOverdue(), total.exemplaryRecognised());
    }

    static BigDecimal rate(UnitFigures f) {
        return f.attendanceExpected() == 0 ? null : BigDecimal.valueOf(f.attendancePresent())
                .divide(BigDecimal.valueOf(f.attendanceExpected()), 4, RoundingMode.DOWN);
    }

    /** The document: title, summary and the table by unit. */
    ExportDocument document(Translate t, LongFunction<String> names) {
        List<List<Object>> rows = new ArrayList<>();
        for (UnitFigures f : lines) {
            List<Object> row = new ArrayList<>();
            row.add(names.apply(f.unitId()));
            row.add(f.members());
            row.add(f.sessionsPlanned());
            row.add(f.sessionsHeld());
            row.add(rate(f));
            row.add(f.registered());
            row.add(f.midYearReviewed());
            row.add(f.yearEndReviewed());
            row.add(f.assessed());
            row.add(f.tasks());
            row.add(f.tasksDone());
            row.add(f.tasksOverdue());
            row.add(f.exemplaryRecognised());
            rows.add(row);
        }
        return ExportDocument.titled(title(t)).landscape().heading()
                .paragraph(summary(t))
                .add(new ExportBlock.Table(List.of(ExportColumn.text(t.text("hcmstudy.ui.unit"), 28),
                        ExportColumn.integer(t.text("hcmstudy.ui.report.members")),
                        ExportColumn.integer(t.text("hcmstudy.ui.report.planned")),
                        ExportColumn.integer(t.text("hcmstudy.ui.report.held")),
                        ExportColumn.percent(t.text("hcmstudy.ui.report.attendance")),
                        ExportColumn.integer(t.text("hcmstudy.ui.report.registered")),
                        ExportColumn.integer(t.text("hcmstudy.ui.commitment.midYear")),
                        ExportColumn.integer(t.text("hcmstudy.ui.commitment.yearEnd")),
                        ExportColumn.integer(t.text("hcmstudy.ui.report.assessed")),
                        ExportColumn.integer(t.text("hcmstudy.ui.report.tasks")),
                        ExportColumn.integer(t.text("hcmstudy.ui.report.tasksDone")),
                        ExportColumn.integer(t.text("hcmstudy.ui.report.tasksOverdue")),
                        ExportColumn.integer(t.text("hcmstudy.ui.report.models"))), rows, null))
                .build();
    }
}
