package org.danvan.supervision.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportColumn;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.platform.ui.kit.Translate;
import org.danvan.supervision.api.HalfYearSummary;
import org.danvan.supervision.api.Recommendation;
import org.danvan.supervision.api.RecommendationState;
import org.danvan.supervision.api.SupervisionProgramme;

/**
 * The six-monthly summary for the People's Council as a sentence and as a document for the exporter: the figures,
 * the programmes of the half year, and each recommendation with its addressee, state and answer.
 */
record SummaryReport(String unitName, HalfYearSummary summary) {

    /** The sentence shown above the tables and at the top of the document. */
    String sentence(Translate t) {
        return t.text("supervision.ui.report.summary", summary.programmes().size(), summary.held(),
                summary.reported(), summary.plansLate(), summary.reportsLate(), summary.recommendations().size(),
                summary.inState(RecommendationState.ANSWERED), summary.inState(RecommendationState.PARTLY),
                summary.inState(RecommendationState.NOT_YET), summary.inState(RecommendationState.CLOSED),
                summary.answeredOnTime(), summary.overdue());
    }

    ExportDocument document(Translate t) {
        List<List<Object>> programmeRows = new ArrayList<>();
        for (SupervisionProgramme p : summary.programmes()) {
            List<Object> row = new ArrayList<>();
            row.add(p.unitName());
            row.add(p.title());
            row.add(p.subject());
            row.add(t.text("supervision.ui.form." + p.form().name()));
            row.add(p.roundOn());
            row.add(p.planSentOn());
            row.add(p.heldOn());
            row.add(p.reportedOn());
            row.add(t.text("supervision.ui.state." + p.state().name()));
            programmeRows.add(row);
        }
        List<List<Object>> recommendationRows = new ArrayList<>();
        for (Recommendation r : summary.recommendations()) {
            List<Object> row = new ArrayList<>();
            row.add(r.addresseeName());
            row.add(r.content());
            row.add(r.issuedOn());
            row.add(r.answerDueOn());
            row.add(t.text("supervision.ui.recommendationState." + r.state().name()));
            row.add(r.answeredOn());
            row.add(r.answer() == null ? "" : r.answer());
            recommendationRows.add(row);
        }
        return ExportDocument.titled(t.text("supervision.ui.report.document", unitName,
                t.text("supervision.ui.report.half" + summary.half()), summary.year())).landscape().heading()
                .paragraph(sentence(t))
                .paragraph(t.text("supervision.ui.report.programmes"))
                .add(new ExportBlock.Table(List.of(ExportColumn.text(t.text("supervision.ui.programme.unit"), 22),
                        ExportColumn.text(t.text("supervision.ui.programme.titleField"), 30),
                        ExportColumn.text(t.text("supervision.ui.programme.subject"), 22),
                        ExportColumn.text(t.text("supervision.ui.programme.form"), 16),
                        ExportColumn.date(t.text("supervision.ui.programme.roundOn")),
                        ExportColumn.date(t.text("supervision.ui.programme.sentOn")),
                        ExportColumn.date(t.text("supervision.ui.programme.heldOn")),
                        ExportColumn.date(t.text("supervision.ui.programme.reportedOn")),
                        ExportColumn.text(t.text("supervision.ui.programme.state"), 14)), programmeRows, null))
                .paragraph(t.text("supervision.ui.report.recommendations"))
                .add(new ExportBlock.Table(List.of(
                        ExportColumn.text(t.text("supervision.ui.recommendation.addressee"), 22),
                        ExportColumn.text(t.text("supervision.ui.recommendation.content"), 36),
                        ExportColumn.date(t.text("supervision.ui.recommendation.issuedOn")),
                        ExportColumn.date(t.text("supervision.ui.recommendation.due")),
                        ExportColumn.text(t.text("supervision.ui.programme.state"), 14),
                        ExportColumn.date(t.text("supervision.ui.recommendation.answeredOn")),
                        ExportColumn.text(t.text("supervision.ui.recommendation.answer"), 36)), recommendationRows,
                        null))
                .build();
    }
}
