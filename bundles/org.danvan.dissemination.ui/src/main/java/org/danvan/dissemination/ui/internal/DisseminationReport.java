package org.danvan.dissemination.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import org.danvan.dissemination.api.Document;
import org.danvan.dissemination.api.DocumentProgress;
import org.danvan.dissemination.api.UnitCoverage;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportColumn;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.platform.ui.kit.Translate;

/**
 * The dissemination of the documents a unit's subtree issued: one line per document and target unit, with the
 * sessions, the people reached over the members targeted and the state — as figures and as a document for the exporter.
 *
 * @param unitName the unit reported on
 * @param documents the documents with their progress
 */
record DisseminationReport(String unitName, List<DocumentProgress> documents) {

    /** A line of the report: a document and one of its target units. */
    record Line(Document document, UnitCoverage coverage) {
    }

    DisseminationReport {
        documents = List.copyOf(documents);
    }

    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (DocumentProgress p : documents) {
            p.units().forEach(u -> lines.add(new Line(p.document(), u)));
        }
        return lines;
    }

    long notDone() {
        return documents.stream().mapToLong(p -> p.notDone().size()).sum();
    }

    long overdue() {
        return lines().stream().filter(l -> l.coverage().overdue()).count();
    }

    /** The sentence shown above the table and at the top of the document. */
    String summary(Translate t) {
        return t.text("dissemination.ui.report.summary", documents.size(), lines().size(), notDone(), overdue());
    }

    static String stateKey(UnitCoverage c) {
        return c.overdue() ? "dissemination.ui.state.overdue" : !c.done() ? "dissemination.ui.state.pending"
                : c.onTime() ? "dissemination.ui.state.onTime" : "dissemination.ui.state.late";
    }

    static BigDecimal share(UnitCoverage c) {
        return c.members() == 0 ? null : BigDecimal.valueOf(c.reached()).divide(BigDecimal.valueOf(c.members()), 4,
                RoundingMode.DOWN);
    }

    ExportDocument document(Translate t, LongFunction<String> names) {
        List<List<Object>> rows = new ArrayList<>();
        for (Line l : lines()) {
            List<Object> row = new ArrayList<>();
            row.add(l.document().number());
            row.add(l.document().title());
            row.add(l.document().dueOn());
            row.add(names.apply(l.coverage().unitId()));
            row.add(l.coverage().sessions());
            row.add(l.coverage().reached());
            row.add(l.coverage().members());
            row.add(share(l.coverage()));
            row.add(l.coverage().firstHeldOn());
            row.add(t.text(stateKey(l.coverage())));
            rows.add(row);
        }
        return ExportDocument.titled(t.text("dissemination.ui.report.document", unitName)).landscape().heading()
                .paragraph(summary(t))
                .add(new ExportBlock.Table(List.of(ExportColumn.text(t.text("dissemination.ui.document.number"), 14),
                        ExportColumn.text(t.text("dissemination.ui.document.title"), 36),
                        ExportColumn.date(t.text("dissemination.ui.document.due")),
                        ExportColumn.text(t.text("dissemination.ui.unit"), 24),
                        ExportColumn.integer(t.text("dissemination.ui.report.sessions")),
                        ExportColumn.integer(t.text("dissemination.ui.report.reached")),
                        ExportColumn.integer(t.text("dissemination.ui.session.members")),
                        ExportColumn.percent(t.text("dissemination.ui.document.coverage")),
                        ExportColumn.date(t.text("dissemination.ui.report.first")),
                        ExportColumn.text(t.text("dissemination.ui.report.state"), 18)), rows, null))
                .build();
    }
}
