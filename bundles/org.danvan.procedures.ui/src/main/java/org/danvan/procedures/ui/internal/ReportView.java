package org.danvan.procedures.ui.internal;

import java.util.Map;

import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.kit.ExportLinks;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.procedures.api.ProcedureReports;
import org.danvan.procedures.api.Review;
import org.danvan.procedures.api.UnitFigures;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What was cut, simplified or decentralised this year in a unit's subtree, with the estimated savings, and the review's
 * progress per unit — with the same as Excel and PDF.
 */
public class ReportView extends ProcedureScreen {

    private static final long serialVersionUID = 1L;

    private final transient ProcedureReports reports;
    private final transient DocumentExporter exporter;
    private final transient AuditTrail audit;
    private final Paragraph summary = new Paragraph();
    private final Grid<Review> changes = new Grid<>();
    private final Grid<UnitFigures> progress = new Grid<>();
    private final Anchor xlsx = new Anchor();
    private final Anchor pdf = new Anchor();
    private transient ProcedureReport report;

    public ReportView(ProcedureReports reports, OrgUnitDirectory units, AccessControl access,
            DocumentExporter exporter, AuditTrail audit) {
        super("pr-report", units, access);
        this.reports = reports;
        this.exporter = exporter;
        this.audit = audit;
        summary.setId("pr-report-summary");
        xlsx.setId("pr-report-xlsx");
        xlsx.setText(getTranslation("procedures.ui.report.xlsx"));
        pdf.setId("pr-report-pdf");
        pdf.setText(getTranslation("procedures.ui.report.pdf"));
        changes.setId("pr-report-changes");
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.setAllRowsVisible(true);
        changes.addColumn(r -> r.procedureCode() + " " + r.procedureName())
                .setHeader(getTranslation("procedures.ui.procedure.name")).setFlexGrow(3);
        changes.addColumn(r -> name(r.unitId())).setHeader(getTranslation("procedures.ui.unit")).setFlexGrow(1);
        changes.addColumn(r -> getTranslation(r.proposal().labelKey()))
                .setHeader(getTranslation("procedures.ui.review.proposal")).setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(r -> getTranslation("procedures.ui.review.decision", r.decisionRef(),
                LocalizedDates.format(r.decidedOn()))).setHeader(getTranslation("procedures.ui.review.decisionRef"))
                .setFlexGrow(1);
        changes.addColumn(r -> getTranslation(r.status().labelKey()))
                .setHeader(getTranslation("procedures.ui.review.state")).setFlexGrow(1);
        changes.addColumn(r -> getTranslation("procedures.ui.report.savingCell", r.daysSavedPerDossier(),
                money(r.feeSavedPerDossier()))).setHeader(getTranslation("procedures.ui.report.saving")).setFlexGrow(1);
        changes.setEmptyStateText(getTranslation("procedures.ui.report.noChanges"));
        progress.setId("pr-report-units");
        progress.setAllRowsVisible(true);
        progress.addColumn(f -> name(f.unitId())).setHeader(getTranslation("procedures.ui.unit")).setFlexGrow(2);
        progress.addColumn(f -> f.assessed() + "/" + f.procedures())
                .setHeader(getTranslation("procedures.ui.report.assessed")).setAutoWidth(true).setFlexGrow(0);
        progress.addColumn(f -> Math.round(f.progress() * 100) + "%")
                .setHeader(getTranslation("procedures.ui.report.share")).setAutoWidth(true).setFlexGrow(0);
        progress.addColumn(f -> getTranslation("procedures.ui.report.proposalsCell", f.proposedCut(),
                f.proposedSimplify(), f.proposedDecentralise())).setHeader(getTranslation(
                        "procedures.ui.report.proposals")).setFlexGrow(1);
        progress.addColumn(f -> f.implemented() + "/" + f.adopted())
                .setHeader(getTranslation("procedures.ui.report.implemented")).setAutoWidth(true).setFlexGrow(0);
        progress.addColumn(UnitFigures::followUpOverdue).setHeader(getTranslation("procedures.ui.report.late"))
                .setAutoWidth(true).setFlexGrow(0);
        progress.setEmptyStateText(getTranslation("procedures.ui.report.empty"));
        add(filters(true, xlsx, pdf), summary, new H3(getTranslation("procedures.ui.report.changes")), changes,
                new H3(getTranslation("procedures.ui.report.progress")), progress);
        refresh();
    }

    private String name(long unitId) {
        return units.find(unitId).map(OrgUnitInfo::name).orElse(Long.toString(unitId));
    }

    @Override
    protected void refresh() {
        OrgUnitInfo chosen = unit.getValue();
        xlsx.setVisible(chosen != null);
        pdf.setVisible(chosen != null);
        if (chosen == null) {
            report = null;
            summary.setText("");
            changes.setItems();
            progress.setItems();
            return;
        }
        int y = chosenYear();
        report = new ProcedureReport(chosen.name(), y, reports.figures(chosen.id(), y, user),
                reports.byUnit(chosen.id(), y, user), reports.adoptedIn(chosen.id(), y, user));
        summary.setText(report.summary(this::getTranslation));
        changes.setItems(report.changes());
        progress.setItems(report.lines());
        String fileName = "ra-soat-tthc-" + chosen.code() + "-" + y;
        offer(xlsx, fileName, ExportLinks.Format.XLSX, chosen.id());
        offer(pdf, fileName, ExportLinks.Format.PDF, chosen.id());
    }

    ProcedureReport report() {
        return report;
    }

    private void offer(Anchor anchor, String baseName, ExportLinks.Format format, long unitId) {
        String fileName = baseName + format.extension();
        ExportLinks.offer(anchor, exporter, report.document(this::getTranslation, this::name), baseName, format, () -> {
            if (user != null) {
                // figures only, no personal data; who took which report away is kept
                audit.record(new AuditEvent("procedure-review.report.exported", user.login(), user.userId(),
                        "procedure-review.report", fileName, unitId, Map.of("file", fileName), null));
            }
        });
    }
}
