package org.danvan.procedures.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportColumn;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.platform.ui.kit.Translate;
import org.danvan.procedures.api.Review;
import org.danvan.procedures.api.UnitFigures;

/**
 * A unit's review of a year as figures and as a document for the exporter: what was cut, simplified or decentralised
 * (with the savings per dossier and a year), then the review's progress for each unit of the subtree.
 *
 * @param unitName the unit reported on
 * @param year the year
 * @param total the subtree's figures together
 * @param lines one per unit of the subtree with a register or a round
 * @param changes the adopted proposals of the year
 */
record ProcedureReport(String unitName, int year, UnitFigures total, List<UnitFigures> lines, List<Review> changes) {

    ProcedureReport {
        lines = List.copyOf(lines);
        changes = List.copyOf(changes);
    }

    /** The sentence shown above the tables and at the top of the document. */
    String summary(Translate t) {
        return t.text("procedures.ui.report.summary", total.assessed(), total.procedures(), total.proposedCut(),
                total.proposedSimplify(), total.proposedDecentralise(), total.adopted(), total.implemented(),
                total.followUpOverdue(), total.petitions(), total.daysSaved(), total.yearlyCostSavedVnd());
    }

    static BigDecimal progress(UnitFigures f) {
        return f.procedures() == 0 ? null : BigDecimal.valueOf(Math.min(f.assessed(), f.procedures()))
                .divide(BigDecimal.valueOf(f.procedures()), 4, RoundingMode.DOWN);
    }

    /** Fees saved a year by one change, when the yearly number of dossiers is known. */
    static Long yearlySaving(Review r) {
        return r.yearlyDossiers() == null ? null : r.feeSavedPerDossier() * r.yearlyDossiers();
    }

    /** The document: title, summary, the year's changes and the progress by unit. */
    ExportDocument document(Translate t, LongFunction<String> names) {
        List<List<Object>> changeRows = new ArrayList<>();
        for (Review r : changes) {
            List<Object> row = new ArrayList<>();
            row.add(r.procedureCode());
            row.add(r.procedureName());
            row.add(names.apply(r.unitId()));
            row.add(t.text(r.proposal().labelKey()));
            row.add(r.decisionRef());
            row.add(r.decidedOn());
            row.add(t.text(r.status().labelKey()));
            row.add(r.daysSavedPerDossier());
            row.add(r.feeSavedPerDossier());
            row.add(yearlySaving(r));
            changeRows.add(row);
        }
        List<List<Object>> unitRows = new ArrayList<>();
        for (UnitFigures f : lines) {
            List<Object> row = new ArrayList<>();
            row.add(names.apply(f.unitId()));
            row.add(f.procedures());
            row.add(f.assessed());
            row.add(progress(f));
            row.add(f.proposedCut());
            row.add(f.proposedSimplify());
            row.add(f.proposedDecentralise());
            row.add(f.adopted());
            row.add(f.implemented());
            row.add(f.followUpOverdue());
            row.add(f.petitions());
            unitRows.add(row);
        }
        return ExportDocument.titled(t.text("procedures.ui.report.document", unitName, year)).landscape().heading()
                .paragraph(summary(t))
                .paragraph(t.text("procedures.ui.report.changes"))
                .add(new ExportBlock.Table(List.of(ExportColumn.text(t.text("procedures.ui.procedure.code"), 12),
                        ExportColumn.text(t.text("procedures.ui.procedure.name"), 36),
                        ExportColumn.text(t.text("procedures.ui.unit"), 20),
                        ExportColumn.text(t.text("procedures.ui.review.proposal"), 14),
                        ExportColumn.text(t.text("procedures.ui.review.decisionRef"), 14),
                        ExportColumn.date(t.text("procedures.ui.review.decidedOn")),
                        ExportColumn.text(t.text("procedures.ui.review.state"), 18),
                        ExportColumn.integer(t.text("procedures.ui.report.daysSaved")),
                        ExportColumn.integer(t.text("procedures.ui.report.feeSaved")),
                        ExportColumn.integer(t.text("procedures.ui.report.yearlySaved"))), changeRows, null))
                .paragraph(t.text("procedures.ui.report.progress"))
                .add(new ExportBlock.Table(List.of(ExportColumn.text(t.text("procedures.ui.unit"), 28),
                        ExportColumn.integer(t.text("procedures.ui.report.procedures")),
                        ExportColumn.integer(t.text("procedures.ui.report.assessed")),
                        ExportColumn.percent(t.text("procedures.ui.report.share")),
                        ExportColumn.integer(t.text("procedures.proposal.CUT")),
                        ExportColumn.integer(t.text("procedures.proposal.SIMPLIFY")),
                        ExportColumn.integer(t.text("procedures.proposal.DECENTRALISE")),
                        ExportColumn.integer(t.text("procedures.ui.report.adopted")),
                        ExportColumn.integer(t.text("procedures.ui.report.implemented")),
                        ExportColumn.integer(t.text("procedures.ui.report.late")),
                        ExportColumn.integer(t.text("procedures.ui.review.petitions"))), unitRows, null))
                .build();
    }
}
