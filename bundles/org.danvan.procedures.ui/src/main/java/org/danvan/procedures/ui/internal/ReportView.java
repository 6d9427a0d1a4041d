package org.danvan.procedures.ui.internal;


import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.kit.ReportLinks;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.procedures.api.ProcedureReports;
import org.danvan.procedures.api.Review;
import org.danvan.procedures.api.UnitFigures;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What was cut, simplified or decentralised this year in a unit's subtree, with the estimated savings, and the review's
 * progress per unit — with the same as Excel and PDF.
 */
public class ReportView extends ProcedureScreen {

    private static final long serialVersionUID = 1L;

    private final transient ProcedureReports reports;
    private final Paragraph summary = new Paragraph();
    private final Grid<Review> changes = new Grid<>();
    private final Grid<UnitFigures> progress = new Grid<>();
    private final ReportLinks links;
    private transient ProcedureReport report;

    public ReportView(ProcedureReports reports, OrgUnitDirectory units, AccessControl access,
            DocumentExporter exporter, AuditTrail audit) {
        super("pr-report", units, access);
        this.reports = reports;
        summary.setId("pr-report-summary");
        links = new ReportLinks(this, "pr-report", "procedure-review", exporter, audit);
        changes.setId("pr-report-changes");
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.setAllRowsVisible(true);
        changes.addColumn(r -> r.procedureCode() + " " + r.procedureName())
                .setHeader(getTranslation("procedures.ui.procedure.name")).setFlexGrow(3);
        changes.addColumn(r -> unitName(r.unitId())).setHeader(getTranslation("procedures.ui.unit")).setFlexGrow(1);
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
        progress.addColumn(f -> unitName(f.unitId())).setHeader(getTranslation("procedures.ui.unit")).setFlexGrow(2);
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
        add(filters(true, links.xlsx(), links.pdf()), summary, new H3(getTranslation("procedures.ui.report.changes")), changes,
                new H3(getTranslation("procedures.ui.report.progress")), progress);
        refresh();
    }

    @Override
    protected void refresh() {
        OrgUnitInfo chosen = unit.getValue();
        links.hide();
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
        links.offer(report.document(this::getTranslation, this::unitName), fileName, user, chosen.id());
    }

    ProcedureReport report() {
        return report;
    }
}
