package org.danvan.conduct.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.danvan.conduct.api.Sanction;
import org.danvan.conduct.api.SanctionForm;
import org.danvan.conduct.api.Severity;
import org.danvan.conduct.api.YearlyReport;
import org.danvan.platform.export.api.ExportBlock;
import org.danvan.platform.export.api.ExportColumn;
import org.danvan.platform.export.api.ExportDocument;
import org.danvan.platform.ui.kit.Translate;

/**
 * A unit's year of conduct work as figures and as a document for the exporter: inspections and findings, sanctions by
 * form with the legal source of each form, then the unit's own decisions one a line.
 *
 * @param unitName the unit reported on
 * @param figures the subtree's figures
 * @param forms the catalogue of forms, in its order
 * @param decisions the decisions of the unit itself in the year
 */
record ConductReport(String unitName, YearlyReport figures, List<SanctionForm> forms, List<Sanction> decisions) {

    ConductReport {
        forms = List.copyOf(forms);
        decisions = List.copyOf(decisions);
    }

    /** The sentence shown above the tables and at the top of the document. */
    String summary(Translate t) {
        return t.text("conduct.ui.report.summary", figures.inspectionsHeld(), figures.inspectionsPlanned(),
                figures.findings(), figures.sanctions(), figures.remedied(), figures.notYetRemedied(),
                figures.overdue(), figures.linkedCases());
    }

    /** The document: title, summary, findings by severity, sanctions by form, the decisions. */
    ExportDocument document(Translate t) {
        List<List<Object>> severityRows = new ArrayList<>();
        for (Severity s : Severity.values()) {
            severityRows.add(List.of(t.text(s.labelKey()), figures.findingsBySeverity().getOrDefault(s, 0)));
        }
        List<List<Object>> formRows = new ArrayList<>();
        for (SanctionForm f : forms) {
            formRows.add(List.of(t.text(f.labelKey()), figures.sanctionsByForm().getOrDefault(f.id(), 0),
                    f.citation()));
        }
        List<List<Object>> decisionRows = new ArrayList<>();
        for (Sanction s : decisions) {
            List<Object> row = new ArrayList<>();
            row.add(s.officialName());
            row.add(s.officialPosition());
            row.add(t.text("conduct.form." + s.formId()));
            row.add(s.decisionNumber());
            row.add(s.decidedOn());
            row.add(s.authority());
            row.add(s.remedyBy());
            row.add(s.remediedOn());
            row.add(String.join(", ", s.caseNumbers()));
            decisionRows.add(row);
        }
        return ExportDocument.titled(t.text("conduct.ui.report.document", unitName, figures.year())).landscape()
                .heading()
                .paragraph(summary(t))
                .paragraph(t.text("conduct.ui.report.findings"))
                .add(new ExportBlock.Table(List.of(ExportColumn.text(t.text("conduct.ui.finding.severity"), 30),
                        ExportColumn.integer(t.text("conduct.ui.report.count"))), severityRows, null))
                .paragraph(t.text("conduct.ui.report.byForm"))
                .add(new ExportBlock.Table(List.of(ExportColumn.text(t.text("conduct.ui.sanction.form"), 24),
                        ExportColumn.integer(t.text("conduct.ui.report.count")),
                        ExportColumn.text(t.text("conduct.ui.report.source"), 60)), formRows, null))
                .paragraph(t.text("conduct.ui.report.decisions"))
                .add(new ExportBlock.Table(List.of(ExportColumn.text(t.text("conduct.ui.official.name"), 22),
                        ExportColumn.text(t.text("conduct.ui.official.position"), 22),
                        ExportColumn.text(t.text("conduct.ui.sanction.form"), 16),
                        ExportColumn.text(t.text("conduct.ui.sanction.number"), 14),
                        ExportColumn.date(t.text("conduct.ui.sanction.decidedOn")),
                        ExportColumn.text(t.text("conduct.ui.sanction.authority"), 20),
                        ExportColumn.date(t.text("conduct.ui.sanction.remedyBy")),
                        ExportColumn.date(t.text("conduct.ui.sanction.remediedOn")),
                        ExportColumn.text(t.text("conduct.ui.cases"), 16)), decisionRows, null))
                .build();
    }
}
